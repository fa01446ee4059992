// Floor page: the library set the first-load budget was planned with (reliability notes,
// G6: "App-like entry without jspdf/papaparse", 209.5 kB gzip with esbuild) — the home
// page's libraries plus react-konva and konva (a Stage, a Layer, a Circle) and date-fns
// with @date-fns/tz (one date formatted in a zone).
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { jsx } from 'react/jsx-runtime';
import { Circle, Layer, Stage } from 'react-konva';
import { renderFloor } from './libraries.js';

const when = format(new TZDate(Date.UTC(2024, 2, 5, 17), 'Europe/Madrid'), 'yyyy-MM-dd HH:mm');

renderFloor(
  jsx(
    Stage,
    {
      width: 200,
      height: 100,
      children: jsx(Layer, {
        children: jsx(Circle, { x: 50, y: 50, radius: 20, fill: '#1d3f73', name: when }),
      }),
    },
    'stage',
  ),
);
