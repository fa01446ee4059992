import './app/base.css';
import './app/forms.css';
import './app/tables.css';
import './app/overlays.css';
import { bootstrap } from './app/bootstrap';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');
void bootstrap(container);
