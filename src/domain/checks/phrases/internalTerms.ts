/**
 * Internal systems and jargon (`internal-cause`): database, cluster, DNS, k8s/pods,
 * failover, gateway, deploy, shard, replica, load balancer, storage node, connection pool,
 * 5xx and their kin, per language. A deploy counts only as a cause ("a bad deploy", "caused by
 * a deployment"): "deployed a fix" and product deployments are not jargon (see `FIX_DEPLOY`).
 */
import type { PhraseSet } from './phraseSet';

const PRODUCTS = String.raw`\b(?:redis|memcached?|mysql|postgres(?:ql)?|mongo(?:db)?|cassandra|elasticsearch|kafka|rabbitmq|zookeeper|etcd|consul|nginx|haproxy|varnish|hadoop|dynamodb|vitess|spanner)\b`;

export const INTERNAL_TERMS: PhraseSet = {
  en: [
    /\b(?:(?:primary|secondary|master|replica|read|write|main|backend|internal|core)\s+)?(?:databases?|db)\b(?:\s+(?:servers?|clusters?|hosts?|nodes?|primary|replicas?|instances?|migrations?|queries|query|load|connections?|failover|tables?))?/,
    /\b(?:\w+\s+)?clusters?\b/,
    /\bdns\b/,
    /\b(?:k8s|kubernetes|pods?)\b/,
    /\b(?:fail(?:ed|ing|s)?[- ]?over|failover)\b/,
    /\b(?:(?:api|payment|network|internal|edge)\s+)?gateways?\b/,
    /\b(?:bad|faulty|recent|broken|problematic|erroneous|botched|buggy)\s+(?:code\s+)?deploy(?:ment|ments|s)?\b|\bdeploy(?:ment)?s?\s+(?:that\s+|which\s+)?(?:caused|introduced|broke|triggered|led to|resulted in)\b|\b(?:due to|caused by|after|following)\s+(?:a|an|the|our)\s+(?:\w+\s+)?deploy(?:ment)?\b/,
    /\b(?:shards?|sharding|sharded|replicas?|replication)\b/,
    /\bload[- ]?balanc(?:ers?|ing)\b/,
    /\bstorage\s+(?:nodes?|clusters?|backends?|layer|servers?|systems?|arrays?)\b/,
    /\bconnection\s+pools?\b/,
    /\b(?:5xx|5\d\d\s+(?:errors?|responses?|status(?:es)?|codes?)|http\s+5\d\d)\b/,
    new RegExp(PRODUCTS),
    /\b(?:file\s?servers?|(?:cache|web|app|application|backend|worker|frontend|proxy|mail|origin|job)\s+servers?|(?:worker|compute|storage|database|cache|master|primary|data)\s+nodes?|hypervisors?|virtual machines?|vms?|network\s+(?:switch(?:es)?|devices?|equipment|partition|hardware)|routers?|backends?|microservices?|cach(?:e|ing)\s+layer|message\s+queues?|job\s+queues?|queue\s+workers?|background\s+workers?)\b/,
  ],
  es: [
    /\bbases?\s+de\s+datos\b|\bbd\b/,
    /\bclusters?\b|\bclusteres\b/,
    /\bdns\b/,
    /\b(?:k8s|kubernetes|pods?)\b/,
    /\b(?:failover|conmutacion\s+(?:por\s+error|por\s+fallo|automatica))\b/,
    /\b(?:pasarelas?|gateways?)\b/,
    /\b(?:un|el|nuestro|ultimo)\s+(?:\w+\s+)?despliegue\s+(?:defectuoso|fallido|reciente|erroneo|incorrecto)\b|\bdespliegue\s+(?:\w+\s+)?(?:que\s+)?(?:provoco|causo|introdujo|rompio|origino)\b|\b(?:debido a|causad[oa] por|tras|despues de)\s+(?:un|una|el|la|nuestro)\s+(?:\w+\s+)?(?:despliegue|deploy)\b/,
    /\b(?:shards?|replicas?|replicacion)\b/,
    /\bbalance(?:ador(?:es)?|o)\s+de\s+carga\b/,
    /\bnodos?\s+(?:de\s+(?:almacenamiento|base de datos|computo|cache|datos)|worker|maestro|primario|secundario)\b/,
    /\b(?:pool|grupo)\s+de\s+conexiones\b/,
    /\b(?:5xx|errore?s?\s+5\d\d)\b/,
    new RegExp(PRODUCTS),
    /\b(?:servidor(?:es)?\s+(?:de\s+(?:cache|base de datos|bases de datos|archivos|ficheros|aplicaciones|aplicacion|correo|colas)|web|backend|proxy|frontal(?:es)?)|backend|maquinas?\s+virtuales?|microservicios?|colas?\s+de\s+(?:mensajes|trabajos|procesos)|switch(?:es)?\s+de\s+red|routers?|enrutadores?)\b/,
  ],
};

/** "deployed a fix", "a fix has been deployed", "desplegado una corrección": not a cause. */
export const FIX_DEPLOY: PhraseSet = {
  en: [
    /\bdeploy(?:ed|ing|s)?\s+(?:a|the|an|our)?\s*(?:\w+\s+)?(?:fix|fixes|hotfix|patch|mitigation|remediation|solution|workaround|correction|rollback|revert)\b/,
    /\b(?:fix|fixes|hotfix|patch|mitigation|remediation|solution|rollback|revert)\s+(?:is|was|has been|have been|being|will be|are|were)\s+(?:\w+\s+)?deploy(?:ed|ing)\b/,
  ],
  es: [
    /\b(?:despleg(?:ado|amos|ando|ar)|desplegu\w*)\s+(?:una|la|un|el)?\s*(?:correccion|solucion|mitigacion|parche|arreglo)\b/,
    /\b(?:correccion|solucion|mitigacion|parche|arreglo)\s+(?:se\s+)?(?:ha sido|fue|esta siendo|sera|se ha|se esta)?\s*(?:desplegad[oa]|desplegando)\b/,
  ],
};
