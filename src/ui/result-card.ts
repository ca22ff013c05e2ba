// The result card: a picture of a finished run to share after a workshop (the outcome, the meters
// over the run, the scenario, the seed and the run code), drawn on a canvas and saved as a PNG.
import type { RunState, TurnRecord } from '../engine';
import { css, METER_STYLE } from '../scenes/palette';

export interface CardFacts {
  readonly outcome: string;
  readonly epitaph: string;
  readonly scenario: string;
  readonly seed: string;
  readonly code: string;
  readonly state: RunState;
}

const CARD_WIDTH = 1200;
const CARD_HEIGHT = 630;

const INK = '#1b2830';
const MUTED = '#4a5a62';
const PAPER = '#f6f1e4';
const LINE = '#d8ceb7';
const FONT = 'system-ui, -apple-system, "Segoe UI", sans-serif';

/** The card's lines are thicker than the map chart's, so their dashes are a little longer. */
const DASH_SCALE = 1.25;

/** Each meter drawn as the map's outcome chart draws it: its hue, dash and marker, so colour is never needed. */
const SERIES = (['satisfaction', 'burnout', 'compensation'] as const).map((meter) => ({
  meter,
  label: meter === 'compensation' ? 'Pay' : `${meter[0]?.toUpperCase()}${meter.slice(1)}`,
  colour: css(METER_STYLE[meter].colour),
  dash: METER_STYLE[meter].dash.map((d) => d * DASH_SCALE),
  marker: METER_STYLE[meter].marker,
}));

/** Lines of `text` no wider than `width` in the context's current font; the last ends in … if cut. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (ctx.measureText(next).width <= width || line === '') line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = cut(ctx, kept[maxLines - 1] as string, width);
  return kept;
}

/** `text` cut to end in … within `width` (… is added even when it fits: the caller has cut it already). */
function cut(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  // By code points, so an emoji is never split into half a character.
  const kept = Array.from(text);
  while (kept.length > 1 && ctx.measureText(`${kept.join('')}…`).width > width) kept.pop();
  return `${kept.join('')}…`;
}

/** `text` as it is when it fits in `width`, else cut to end in …. */
function fitted(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  return ctx.measureText(text).width <= width ? text : cut(ctx, text, width);
}

function marker(ctx: CanvasRenderingContext2D, shape: (typeof SERIES)[number]['marker'], x: number, y: number): void {
  ctx.beginPath();
  if (shape === 'circle') ctx.arc(x, y, 4.5, 0, Math.PI * 2);
  else if (shape === 'square') ctx.rect(x - 4, y - 4, 8, 8);
  else {
    ctx.moveTo(x, y - 5.5);
    ctx.lineTo(x + 5, y + 4);
    ctx.lineTo(x - 5, y + 4);
    ctx.closePath();
  }
  ctx.fill();
}

/** The three meters, half-year by half-year; pay is drawn against the run's own highest pay. */
function chart(ctx: CanvasRenderingContext2D, state: RunState, x: number, y: number, width: number, height: number): void {
  const history = state.history ?? [];
  const topPay = Math.max(1, ...history.map((t) => t.compensation));
  ctx.strokeStyle = LINE;
  ctx.lineWidth = 1;
  ctx.fillStyle = MUTED;
  ctx.font = `16px ${FONT}`;
  for (const level of [0, 50, 100]) {
    const ly = y + height - (height * level) / 100;
    ctx.beginPath();
    ctx.moveTo(x, ly);
    ctx.lineTo(x + width, ly);
    ctx.stroke();
    ctx.fillText(`${level}`, x - 34, ly + 5);
  }
  ctx.fillText('year 1', x, y + height + 24);
  const years = `year ${Math.ceil(history.length / 2)}`;
  ctx.fillText(years, x + width - ctx.measureText(years).width, y + height + 24);
  const step = history.length > 1 ? width / (history.length - 1) : 0;
  for (const series of SERIES) {
    const percentOf = (t: TurnRecord): number =>
      series.meter === 'compensation' ? (100 * t.compensation) / topPay : t[series.meter];
    const points = history.map((t, i) => [x + i * step, y + height - (height * percentOf(t)) / 100] as const);
    ctx.strokeStyle = series.colour;
    ctx.fillStyle = series.colour;
    ctx.lineWidth = 3;
    ctx.setLineDash(series.dash);
    ctx.beginPath();
    points.forEach(([px, py], t) => (t === 0 ? ctx.moveTo(px, py) : ctx.lineTo(px, py)));
    ctx.stroke();
    ctx.setLineDash([]);
    for (const [px, py] of points) marker(ctx, series.marker, px, py);
  }
  ctx.font = `16px ${FONT}`;
  let lx = x;
  SERIES.forEach((series) => {
    ctx.fillStyle = series.colour;
    marker(ctx, series.marker, lx + 6, y - 22);
    ctx.fillStyle = INK;
    const label = series.meter === 'compensation' ? `Pay (top $${topPay}k)` : series.label;
    ctx.fillText(label, lx + 18, y - 16);
    lx += ctx.measureText(label).width + 44;
  });
}

/** Draws the card for `facts` on `canvas` (resized to the card's size). */
function drawResultCard(canvas: HTMLCanvasElement, facts: CardFacts): void {
  canvas.width = CARD_WIDTH;
  canvas.height = CARD_HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw the result card');
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  ctx.fillStyle = '#0072b2';
  ctx.fillRect(0, 0, CARD_WIDTH, 10);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = MUTED;
  ctx.font = `600 22px ${FONT}`;
  ctx.fillText(`INTERDELL · ${facts.scenario} scenario`, 56, 66);
  ctx.fillStyle = INK;
  ctx.font = `700 54px ${FONT}`;
  const title = wrap(ctx, facts.outcome, 520, 2);
  title.forEach((line, i) => ctx.fillText(line, 56, 134 + i * 60));
  ctx.font = `24px ${FONT}`;
  const epitaphTop = 134 + title.length * 60 + 16;
  wrap(ctx, facts.epitaph, 520, Math.floor((520 - epitaphTop) / 33)).forEach((line, i) => ctx.fillText(line, 56, epitaphTop + i * 33));
  chart(ctx, facts.state, 680, 150, 460, 300);
  const last = facts.state.history?.at(-1);
  ctx.font = `20px ${FONT}`;
  ctx.fillStyle = INK;
  if (last) ctx.fillText(`At the end: satisfaction ${last.satisfaction} · burnout ${last.burnout} · $${last.compensation}k a year`, 680, 520, CARD_WIDTH - 720);
  ctx.fillStyle = MUTED;
  ctx.font = `20px ${FONT}`;
  // A long seed is cut short here; the run code below holds all of it.
  ctx.fillText(fitted(ctx, `Seed ${facts.seed}`, CARD_WIDTH - 112), 56, 548);
  codeLines(ctx, facts.code, 56, 576, CARD_WIDTH - 112);
}

/** The whole run code in monospace, in at most three lines: smaller type for longer codes. */
function codeLines(ctx: CanvasRenderingContext2D, code: string, x: number, y: number, width: number): void {
  let size = 16;
  let perLine = 1;
  for (size of [16, 13, 10, 8]) {
    ctx.font = `${size}px ui-monospace, monospace`;
    perLine = Math.max(1, Math.floor(width / ctx.measureText('0').width));
    if (Math.ceil(code.length / perLine) <= 3) break;
  }
  for (let i = 0; i * perLine < code.length; i++) ctx.fillText(code.slice(i * perLine, (i + 1) * perLine), x, y + i * (size + 5));
}

/** The card as PNG bytes; a failure to draw it rejects, as a failure to encode it does. */
export async function resultCardPng(facts: CardFacts): Promise<Blob> {
  const canvas = document.createElement('canvas');
  drawResultCard(canvas, facts);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the result card could not be encoded as PNG'))), 'image/png'),
  );
}
