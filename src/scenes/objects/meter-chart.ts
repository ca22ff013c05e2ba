// A panel charting satisfaction, burnout and pay over the run. Each meter differs in hue (as in the
// DOM's meters), in line dash and in marker shape, so no one needs colour to tell them apart. The
// panel and its lines are baked once; the words stay text.
import Phaser from 'phaser';
import type { MeterId } from '../../engine/ids';
import type { MeterSeries } from '../journey';
import type { Point } from '../layout';
import type { Box } from '../outcome-layout';
import { css, INK, METER_STYLE, PAPER, WHITE } from '../palette';
import { dashes } from '../routes';
import { crispText, pixelRatio } from '../screen';
import { ownTexture, renderToTexture, supersampling } from './bake';
import { strokePolyline } from './polygons';

const METER_ORDER: readonly MeterId[] = ['satisfaction', 'burnout', 'compensation'];
/** Markers sit at least this far apart (CSS pixels); on a narrow chart only every few points has one. */
const MARKER_SPACING = 13;

export class MeterChart extends Phaser.GameObjects.Container {
  private readonly ink: Phaser.GameObjects.Graphics;
  /** Line and marker sizes grow a little on big charts. */
  private readonly weight: number;

  constructor(scene: Phaser.Scene, box: Box, series: MeterSeries) {
    super(scene, box.x, box.y);
    const board = new Phaser.GameObjects.Graphics(scene);
    this.ink = new Phaser.GameObjects.Graphics(scene);
    this.add([board, this.ink]);
    const shorter = Math.min(box.width, box.height);
    this.weight = Math.min(Math.max(shorter / 300, 1), 1.8);
    const fontSize = Math.round(Math.min(Math.max(shorter * 0.05, 12), 20));
    const small = Math.max(11, Math.round(fontSize * 0.85));
    const pad = Math.max(8, fontSize * 0.7);
    const labels: Record<MeterId, string> = {
      satisfaction: 'Satisfaction',
      burnout: 'Burnout',
      compensation: `Pay (top $${Math.round(series.peakCompensation)}k)`,
    };
    const title = this.text(pad, pad, 'Over the run', fontSize, true);
    let y = pad + title.height + pad * 0.4;
    for (const meter of METER_ORDER) {
      const row = Math.max(small * 1.35, 14);
      this.sample(meter, { x: pad, y: y + row / 2 }, small * 2.4);
      this.text(pad + small * 3, y + (row - small * 1.3) / 2, labels[meter], small, false);
      y += row;
    }
    // The plot is never taller than it is wide; the panel shrinks to fit and sits centred in its box.
    const axisWidth = small * 3;
    const plotWidth = box.width - pad * 2 - axisWidth;
    const plotHeight = Math.min(box.height - y - pad * 1.6 - small * 1.6, plotWidth);
    const height = y + pad * 0.6 + plotHeight + small * 1.6 + pad;
    this.y = box.y + (box.height - height) / 2;
    // On the device pixel grid, so the baked panel shows texel for pixel.
    const ratio = pixelRatio(scene);
    this.setPosition(Math.round(this.x * ratio) / ratio, Math.round(this.y * ratio) / ratio);
    board.fillStyle(PAPER, 0.96).fillRoundedRect(0, 0, box.width, height, pad);
    board.lineStyle(1, INK, 0.35).strokeRoundedRect(0, 0, box.width, height, pad);
    const plot: Box = { x: pad + axisWidth, y: y + pad * 0.6, width: plotWidth, height: plotHeight };
    if (plot.height >= 24 && plot.width >= 40) {
      this.axes(plot, series.satisfaction.length, small);
      for (const meter of METER_ORDER) this.line(plot, meter, series[meter]);
    }
    this.bake([board, this.ink], { x: -1, y: -1, width: box.width + 2, height: height + 2 });
  }

  /** Draws `graphics` once into a texture shown in their place (under the text), and drops them. */
  private bake(graphics: readonly Phaser.GameObjects.Graphics[], box: Box): void {
    const ratio = pixelRatio(this.scene);
    const scale = ratio * supersampling(this.scene, box.width * ratio, box.height * ratio);
    const texture = renderToTexture(this.scene, box, scale, graphics);
    this.remove([...graphics], true);
    this.addAt(ownTexture(new Phaser.GameObjects.Image(this.scene, box.x, box.y, texture).setOrigin(0, 0).setScale(1 / scale), texture), 0);
  }

  private text(x: number, y: number, value: string, size: number, bold: boolean): Phaser.GameObjects.Text {
    const t = crispText(this.scene, x, y, value, { fontSize: `${size}px`, fontStyle: bold ? 'bold' : 'normal', color: css(INK) });
    this.add(t);
    return t;
  }

  private axes(plot: Box, turns: number, small: number): void {
    const g = this.ink;
    for (const level of [0, 0.25, 0.5, 0.75, 1]) {
      const y = plot.y + plot.height * (1 - level);
      g.lineStyle(1, INK, level === 0 ? 0.6 : 0.14).lineBetween(plot.x, y, plot.x + plot.width, y);
      if (level % 0.5 === 0) this.text(plot.x - small * 0.4, y - small * 0.65, `${level * 100}%`, small, false).setOrigin(1, 0);
    }
    const years = Math.ceil(turns / 2);
    const below = plot.y + plot.height + small * 0.3;
    const first = this.text(plot.x, below, 'year 1', small, false);
    if (years === 1) return;
    const last = this.text(plot.x + plot.width, below, `year ${years}`, small, false).setOrigin(1, 0);
    // A narrow plot (a phone's) has no room for both ends with a clear gap: one centred span says it.
    if (first.width + last.width + small * 2 <= plot.width) return;
    this.remove([first, last], true);
    this.text(plot.x + plot.width / 2, below, `years 1–${years}`, small, false).setOrigin(0.5, 0);
  }

  private points(plot: Box, values: readonly number[]): Point[] {
    const step = values.length > 1 ? plot.width / (values.length - 1) : 0;
    return values.map((v, i) => ({ x: plot.x + step * i, y: plot.y + plot.height * (1 - Math.min(1, Math.max(0, v))) }));
  }

  private stroke(meter: MeterId, points: readonly Point[]): void {
    const style = METER_STYLE[meter];
    this.ink.lineStyle(2.5 * this.weight, style.colour, 1);
    const [on, off] = style.dash;
    if (on === undefined || off === undefined) strokePolyline(this.ink, points);
    else for (const piece of dashes(points, on * this.weight, off * this.weight)) strokePolyline(this.ink, piece);
  }

  private line(plot: Box, meter: MeterId, values: readonly number[]): void {
    const points = this.points(plot, values);
    this.stroke(meter, points);
    const every = Math.max(1, Math.ceil((points.length * MARKER_SPACING) / plot.width));
    points.forEach((p, i) => {
      if (i % every === 0 || i === points.length - 1) this.marker(meter, p);
    });
  }

  private sample(meter: MeterId, at: Point, length: number): void {
    this.stroke(meter, [at, { x: at.x + length, y: at.y }]);
    this.marker(meter, { x: at.x + length / 2, y: at.y });
  }

  private marker(meter: MeterId, p: Point): void {
    const { colour, marker } = METER_STYLE[meter];
    const g = this.ink;
    const r = 3.6 * this.weight;
    g.fillStyle(colour, 1).lineStyle(1.2, WHITE, 1);
    if (marker === 'circle') {
      g.fillCircle(p.x, p.y, r).strokeCircle(p.x, p.y, r);
    } else if (marker === 'square') {
      g.fillRect(p.x - r, p.y - r, r * 2, r * 2).strokeRect(p.x - r, p.y - r, r * 2, r * 2);
    } else {
      const t = [p.x, p.y - r * 1.2, p.x + r * 1.15, p.y + r * 0.9, p.x - r * 1.15, p.y + r * 0.9] as const;
      g.fillTriangle(...t).strokeTriangle(...t);
    }
  }
}
