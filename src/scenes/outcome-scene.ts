// The end of a run: the map with the way the career went, flags on every rung reached, and beside
// (or below) it a chart of the three meters over the run.
import Phaser from 'phaser';
import type { RunState } from '../engine';
import type { RunView } from '../session/run-view';
import { journeyStops, meterSeries, reachedRungs } from './journey';
import { SceneKey } from './keys';
import { avatarSpot, computeLayout, flagSpot } from './layout';
import { outcomeBoxes } from './outcome-layout';
import { Avatar } from './objects/avatar';
import { paintJourneyTrail } from './objects/journey-trail';
import { MeterChart } from './objects/meter-chart';
import { SummitFlag } from './objects/summit-flags';
import { WorldMap } from './objects/world-map';
import type { SceneOptions } from './scene-options';
import { keepFitted } from './screen';

export interface OutcomeData {
  readonly view: RunView;
}

export class OutcomeScene extends Phaser.Scene {
  private state!: RunState;
  private layer: Phaser.GameObjects.Container | null = null;

  constructor(private readonly options: SceneOptions) {
    super(SceneKey.Outcome);
  }

  init(data: OutcomeData): void {
    this.state = data.view.state;
    this.layer = null;
  }

  create(): void {
    keepFitted(this, (width, height) => this.draw(width, height));
  }

  private draw(width: number, height: number): void {
    this.tweens.killAll();
    this.layer?.destroy();
    const boxes = outcomeBoxes(width, height);
    const layout = computeLayout(boxes.map.width, boxes.map.height);
    const history = this.state.history ?? [];
    const places = [...history, { region: this.state.region, role: this.state.role }];
    // The canvas is cleared to paper every frame (the game's background colour): no backdrop to draw.
    const map = new Phaser.GameObjects.Container(this, boxes.map.x, boxes.map.y);
    const stops = journeyStops(layout, places);
    const world = new WorldMap(this, layout, {
      animate: !this.options.reducedMotion,
      above: (g) => paintJourneyTrail(g, layout, stops),
      backdrop: this.options.backdrop,
    });
    map.add(world);
    for (const rung of reachedRungs(layout, places)) {
      const at = flagSpot(layout, rung.region, rung.role);
      if (at) map.add(new SummitFlag(this, at, layout.flagPole));
    }
    map.add([world.names, new Avatar(this, avatarSpot(layout, this.state.region, this.state.role), layout.figure)]);

    const chart = new MeterChart(this, boxes.chart, meterSeries(history));
    this.layer = this.add.container(0, 0, [map, chart]);
  }
}
