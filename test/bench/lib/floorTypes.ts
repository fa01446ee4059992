// The floor page's input (a scene from makeBenchReview.mjs) and its probe, which has the
// shape of the app's `window.gaplineTimeline` plus two bare-only helpers (pan, zoom).

export interface BenchScene {
  readonly alert: number;
  readonly resolution: number;
  readonly phases: readonly { readonly start: number; readonly end: number }[];
  readonly branches: readonly {
    readonly lane: number;
    readonly start: number;
    readonly name: string;
  }[];
  readonly dots: {
    readonly instants: readonly number[];
    readonly lanes: readonly number[];
    readonly ids: readonly string[];
  };
  readonly spans: readonly {
    readonly from: number;
    readonly to: number;
    readonly minutes: number;
  }[];
  readonly notes: readonly {
    readonly id: string;
    readonly at: number;
    readonly offsetY: number;
    readonly text: string;
    readonly category: string;
  }[];
}

export interface ProbeRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface BareKonvaProbe {
  noteIds(): string[];
  noteRect(noteId: string): ProbeRect | null;
  dotRect(communicationId: string): ProbeRect | null;
  stageRect(): ProbeRect;
  /** Every Konva node on the stage (`find('*')` matches nothing in Konva 10). */
  nodeCount(): number;
  /** The nodes that listen to the pointer (G4: at most 2,000). */
  listeningNodeCount(): number;
  /** Move the view so the layers sit `panX` px right of where Fit put them, and redraw. */
  pan(panX: number): void;
  /** Zoom by `factor` (> 1 zooms in) about `anchorX` (stage px), re-placing every shape. */
  zoom(factor: number, anchorX: number): void;
}
