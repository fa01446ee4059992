// Floor page: the home page's libraries only (./libraries.js).
import { jsx } from 'react/jsx-runtime';
import { renderFloor } from './libraries.js';

renderFloor(jsx('p', { children: 'floor' }, 'text'));
