import './app/base.css';
import { bootstrap } from './app/bootstrap';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');
void bootstrap(container);
