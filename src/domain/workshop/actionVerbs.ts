/**
 * Curated word lists for the "actionable" plan check (`startsWithVerb`): verbs common in
 * incident follow-up actions, in English (imperative = base form) and Spanish (infinitive,
 * `tú` and `usted` imperatives), and words that end like a Spanish infinitive but are not
 * verbs. All lower case, NFC. Only exact words: `templates` or `updated` are not verbs.
 */

const words = (text: string): ReadonlySet<string> =>
  new Set(text.split(/\s+/).filter((w) => w !== ''));

/** English base forms (imperatives). */
export const ENGLISH_VERBS = words(`
 add adopt agree align alter analyse analyze announce answer appoint approve archive ask assign
  audit automate avoid book brief budget build buy call change check clarify clean clear
  close collect communicate compile confirm configure connect consider consolidate contact
  coordinate co-ordinate cover create cut decide define delegate deliver deploy deprecate
  design develop disable discover discuss distribute do don't double-check draft drop edit email
  e-mail enable encourage ensure enter escalate establish estimate evaluate expand explain
  explore extend filter fill find fine-tune fix flag follow gather get give hand help hire hold
  identify implement improve include increase inform install integrate introduce invite
  investigate keep label launch lead learn let let's limit link lower maintain make mandate mark
  measure mention merge migrate monitor move name notify offer onboard open order organise
  organize own pair parse pin plan post practice practise prepare prioritise prioritize
  produce provide publish put raise read recover rehearse reduce refine register remind remove rename
  reorganise reorganize replace reply report request require rerun research reset respond
  restore restructure retire review revise revisit rewrite roll rotate route run save
  schedule select send separate set share shorten show sign simplify sketch specify split
  standardise standardize start stop streamline study submit subscribe suggest summarise
  summarize survey switch sync tag take talk teach tell template test track train transfer
  translate trigger try turn unify update upgrade upload use validate verify warn watch work
  write
`);

/** Spanish infinitives (including common ones the suffix rule would also catch). */
export const SPANISH_INFINITIVES = words(`
  acordar activar actualizar adoptar agregar ajustar alinear analizar anunciar añadir aprobar
  archivar asegurar asegurarse asignar auditar automatizar avisar ayudar buscar cambiar
  capacitar celebrar cerrar compartir comprar comprobar comunicar configurar confirmar
  consolidar construir contactar contratar convocar coordinar corregir crear dar decidir
  decir definir dejar delegar desarrollar designar diseñar documentar elaborar eliminar
  empezar enviar ensayar entrenar escalar escribir establecer estandarizar estudiar evaluar
  evitar explicar explorar facilitar fijar formalizar formar garantizar generar guardar
  habilitar hablar hacer identificar implantar implementar incluir incorporar indicar
  informar innovar instalar integrar introducir investigar invitar ir lanzar limitar llamar
  mandar mantener marcar medir mejorar migrar monitorear monitorizar mover nombrar notificar
  obtener ofrecer oír ordenar organizar pedir permitir planificar poner practicar preguntar
  preparar presentar priorizar probar programar proponer proporcionar publicar quitar
  recopilar recordar redactar rediseñar reducir reemplazar reescribir reforzar registrar
  rehacer renombrar reorganizar repasar reportar reservar responder restablecer resumir
  retirar reunir revisar seguir simplificar solicitar subir supervisar sustituir tener
  terminar traducir trasladar unificar usar utilizar validar ver verificar vigilar
`);

/** Spanish imperatives (`tú` and `usted`). */
export const SPANISH_IMPERATIVES = words(`
  acuerda acuerde activa active actualiza actualice adopta adopte agrega agregue ajusta
  ajuste alinea analiza analice anuncia anuncie asegura asegure asigna asigne audita
  automatiza automatice avisa avise añada añade cambia cambie capacita comparta comparte
  compra compre comprueba compruebe comunica comunique configura confirma confirme
  construya construye contacta contacte contrata contrate convoca convoque coordina
  coordine crea cree defina define designa designe diseña diseñe documenta documente elabora
  elabore elimina elimine envía envíe escala escriba escribe establece establezca evalúa
  evalúe explica explique fija fije forma genera genere habilita habilite haga haz
  implementa implemente incluya incluye informa integra introduce introduzca llama llame
  mantén mantenga mejora mejore mida mide nombra organice organiza pida pide planifica
  planifique pon ponga prepara prepare prioriza priorice programa programe propón proponga
  prueba pruebe publica publique quita quite redacta redacte reduce reduzca reemplaza
  reemplace registra registre revisa revise reúne reúna simplifica simplifique solicita
  solicite sustituye sustituya traduce traduzca usa use utiliza utilice valida valide
  verifica verifique
`);

/**
 * Imperatives that are also nouns: followed by `de`, `del` or `para` they start a noun
 * phrase ("Plan de comunicación", "Prueba de carga", "Mejora de la comunicación").
 */
export const NOUN_BEFORE_DE = words('escala forma mejora plan programa prueba');

/**
 * Words that look like Spanish infinitives (ending -ar, -er, -ir) but are not verbs:
 * English comparatives and nouns, Spanish nouns and adjectives. Checked before the
 * suffix rule.
 */
export const NOT_VERBS = words(`
  adverse after altar anger auxiliar bear better bigger border broader calendar carácter cheaper cellar
  center cedar chapter character charger clearer closer cluster coarse collar computer container controller
  converse counter customer danger dear deeper despair developer disaster disperse diverse dollar driver engineer ever faster
  familiar fear finer finger folder footer former founder gear greater handler harder header hear helper
  hogar holder hoarse immerse inverse later laser leader ledger lesser liar lighter linear liver longer
  louder lugar manager master member militar mujer near never nicer nuclear number
  older over pager paper particular partner peer pillar pilar placer polar poorer popular poster
  primer printer proper provider quarter radar rarer reader regular reminder reverse richer river
  router safer seminar server silver similar simpler singular softer solar sooner sparse
  sugar super surer taller tear tercer timer titular trainer traverse truer under universe
  user volunteer year
`);
