/**
 * Words that say who or what is affected (`no-scope`): a feature or product area, a region,
 * a plan, a share of customers. "An issue", "elevated errors", "degraded performance" and
 * internal component names are not scope.
 */
import type { PhraseSet } from './phraseSet';

export const SCOPE_CUES: PhraseSet = {
  en: [
    // A share of customers or traffic.
    /\b\d+(?:[.,]\d+)?\s?(?:%|percent\b)/,
    /\b(?:some|a subset of|subset of|a small (?:number|percentage|fraction|portion|subset|group) of|a (?:number|fraction|portion|minority|majority|handful|few|limited number|percentage) of|a few|many|most|all|certain|several|multiple|the majority of|every|half of|one in \w+)\s+(?:of\s+)?(?:our\s+|the\s+|your\s+)?(?:\w+\s+)?(?:users|customers|accounts|repositories|repos|organizations|orgs|merchants|developers|clients|sites|projects|requests|regions|workspaces|tenants|stores|subscribers|members|installations|apps|instances|transactions|payments|orders|jobs|builds|runs|workflows|pushes|webhooks|notifications|emails|services)\b/,
    /\b(?:users|customers|accounts|merchants|developers|clients|organizations|subscribers)\s+(?:in|on|of|using|with|who|that|located|based|hosted|trying)\b/,
    /\b(?:everyone|all users|all customers|every customer|every user|all accounts|entire (?:site|platform|service|website|app))\b/,
    // A region.
    /\bregions?\b|\b(?:us|eu|uk)[- ](?:east|west|central|north|south)\w*\b|\b(?:east|west|central)\s+(?:us|eu|europe|asia)\b|\b(?:in|across|from) the (?:us|uk|eu)\b|\b(?:eu|emea|apac|latam|europe|european|north america|south america|latin america|asia(?: pacific)?|australia|japan|india|brazil|canada|germany|france|spain|mexico|argentina|colombia|chile|singapore|ireland|london|frankfurt|virginia|oregon|tokyo|sydney|sao paulo|southeast asia)\b/,
    // A plan.
    /\b(?:free|pro|premium|enterprise|business|starter|basic|paid|trial|legacy|standard|plus|team)\s+(?:plans?|tiers?|customers|users|accounts|subscribers|edition|organizations)\b/,
    // A feature or product area.
    /\b(?:log ?ins?|sign[- ]?(?:in|up|on)s?|authentication|2fa|two-factor|sso|checkout|payments?|billing|invoices?|subscriptions?|orders?|shopping cart|search|dashboards?|exports?|uploads?|downloads?|file (?:uploads?|downloads?|storage|sharing)|e-?mails?|notifications?|sms|messaging|chat|calls?|video|voice|webhooks?|apis?(?!\s+gateway)|graphql|mobile apps?|ios|android|web app|desktop app|website|web site|web interface|web ui|git operations|git|pushes|pulls|pull requests|github (?:actions|pages|packages|codespaces|copilot|apps|enterprise)|actions|workflows?|runners?|codespaces|packages|copilot|gists?|wikis?|repositories|repos|releases|builds?|pipelines?|pages builds|the site|site|[a-z0-9-]+\.(?:com|io|org|net|dev|app)|transfers?|bookings?|reservations?|tickets?|streaming|playback|maps|tracking|deliveries|shipping|cards?|profiles?|console|portal|the app|app store|marketplace|avatars?|commits?|clones?|forks?|archives?|tarballs?|raw files|ssh|https|feeds?|timeline|comments?|reviews?)\b/,
    // What customers cannot do names the affected feature.
    /\b(?:unable to|cannot|can't|not able to|fail(?:s|ing)? to|errors? (?:when|while))\s+\w+/,
    /\b\w+\s+(?:not loading|not working|failing to \w+|not being \w+|not showing|not updating|not appearing|are unavailable|is unavailable|are delayed|is delayed)\b/,
  ],
  es: [
    /\b\d+(?:[.,]\d+)?\s?(?:%|por\s+ciento\b)/,
    /\b(?:algunos|algunas|parte de (?:los|las|nuestros|nuestras)|una parte de|un (?:pequeno\s+)?(?:numero|porcentaje|grupo|subconjunto) de|una (?:minoria|pequena parte|fraccion) de|la mayoria de|muchos|muchas|todos los|todas las|varios|varias|ciertos|ciertas)\s+(?:de\s+)?(?:nuestros\s+|nuestras\s+|los\s+|las\s+|sus\s+)?(?:\w+\s+)?(?:clientes|usuarios|cuentas|comercios|tiendas|pedidos|pagos|organizaciones|equipos|proyectos|sitios|peticiones|solicitudes|suscriptores|socios|conductores|regiones|transacciones|operaciones|envios|servicios)\b/,
    /\b(?:clientes|usuarios|cuentas|comercios|suscriptores)\s+(?:de|en|con|que|del|ubicados|situados|alojados)\b/,
    /\b(?:todos los (?:clientes|usuarios)|todo el (?:servicio|sitio|mundo)|toda la plataforma)\b/,
    /\bregion(?:es)?\b|\b(?:europa|espana|peninsula|canarias|mexico|argentina|colombia|chile|peru|uruguay|venezuela|ecuador|bolivia|paraguay|estados unidos|eeuu|latinoamerica|america latina|norteamerica|sudamerica|asia|brasil|madrid|barcelona|valencia|sevilla|bogota|lima|santiago|buenos aires|cdmx|ciudad de mexico|monterrey|guadalajara|medellin|cali|montevideo|caracas|quito)\b/,
    /\bplan(?:es)?\s+(?:gratuito|gratis|free|basico|pro|premium|profesional|empresa|empresarial|enterprise|business|estandar|plus)\b|\b(?:cuentas|clientes|usuarios)\s+(?:gratuit[oa]s|premium|pro|empresa|enterprise|business)\b/,
    /\b(?:inicio de sesion|iniciar sesion|login|acceso|registro|autenticacion|pagos?|cobros?|facturas?|facturacion|suscripciones?|pedidos?|carrito|checkout|compras?|busqueda|buscador|panel|informes|exportaciones?|importaciones?|subidas?|descargas?|correos?|correo electronico|e-?mails?|notificaciones|sms|mensajes|mensajeria|chat|llamadas|videollamadas|webhooks?|api|apis|aplicacion(?: movil)?|app|ios|android|web|pagina web|sitio web|transferencias|bizum|tarjetas?|reservas?|entradas|envios|seguimiento|tienda online|tpv|datafonos?|terminales de pago|cajeros|banca (?:online|movil)|nominas|recibos|tickets|[a-z0-9-]+\.(?:com|es|mx|ar|co|cl|io|net|org))\b/,
    /\b(?:no (?:pueden|puede|podran|se puede)|no es posible|imposible|errores al|problemas para|problemas al|dificultades para)\s+\w+/,
    /\b\w+\s+(?:no (?:carga|cargan|funciona|funcionan|aparece|aparecen|se actualiza|se actualizan|se muestra|se muestran)|(?:esta|estan) (?:caid[oa]s?|no disponibles?|retrasad[oa]s?))\b/,
  ],
};
