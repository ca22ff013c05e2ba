// The run on the map: the avatar where the state puts it, the legal moves as numbered paths, flags on
// the rungs reached. It animates what the session reports (a walk, a swim washed back, a flag raised)
// and never changes the run.
import Phaser from 'phaser';
import { legalMoves, type EngineEvent, type RunState } from '../engine';
import type { RunView } from '../session/run-view';
import { reachedRungs, rungKey } from './journey';
import { SceneKey } from './keys';
import { avatarSpot, computeLayout, flagSpot, inSea, type MapLayout } from './layout';
import { Avatar } from './objects/avatar';
import { MoveRoutesView } from './objects/move-routes-view';
import { SummitFlag } from './objects/summit-flags';
import { WorldMap } from './objects/world-map';
import { arc, moveRoutes, type MoveRoute } from './routes';
import type { SceneOptions } from './scene-options';
import { keepFitted } from './screen';

export interface WorldData {
  readonly view: RunView;
}

const WALK_MS = 600;
const PEEK_MS = 700;
const SWIM_MS = 2600;

type Step = (next: () => void) => void;

export class WorldScene extends Phaser.Scene {
  private view!: RunView;
  private state!: RunState;
  private layout: MapLayout | null = null;
  private layer: Phaser.GameObjects.Container | null = null;
  private flagLayer: Phaser.GameObjects.Container | null = null;
  private names: Phaser.GameObjects.Container | null = null;
  private avatar: Avatar | null = null;
  private routesView: MoveRoutesView | null = null;
  private routes: readonly MoveRoute[] = [];
  private readonly flags = new Set<string>();

  constructor(private readonly options: SceneOptions) {
    super(SceneKey.World);
  }

  init(data: WorldData): void {
    this.view = data.view;
    this.state = data.view.state;
    this.layout = null;
    this.layer = null;
  }

  create(): void {
    keepFitted(this, (width, height) => this.draw(width, height));
    const unsubscribe = this.view.subscribe((state, events) => this.onChange(state, events));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
  }

  private get animate(): boolean {
    return !this.options.reducedMotion;
  }

  private draw(width: number, height: number): void {
    this.tweens.killAll();
    this.layer?.destroy();
    const layout = computeLayout(width, height);
    this.layout = layout;
    this.layer = this.add.container(0, 0);
    this.flagLayer = this.add.container(0, 0);
    this.avatar = new Avatar(this, avatarSpot(layout, this.state.region, this.state.role), layout.figure);
    const map = new WorldMap(this, layout, { animate: this.animate, backdrop: this.options.backdrop });
    this.names = map.names;
    this.layer.add([map, this.flagLayer, map.names, this.avatar]);
    this.routesView = null;
    this.flags.clear();
    this.plantFlags(false);
    this.showRoutes();
  }

  private onChange(state: RunState, events: readonly EngineEvent[]): void {
    const before = this.state;
    this.state = state;
    const { layout, avatar } = this;
    if (!layout || !avatar) return;
    avatar.settle();
    const from = avatarSpot(layout, before.region, before.role);
    avatar.setPosition(from.x, from.y);
    this.routesView?.destroy();
    this.routesView = null;
    if (!this.animate || events.length === 0) {
      const spot = avatarSpot(layout, state.region, state.role);
      avatar.setPosition(spot.x, spot.y);
      this.plantFlags(false);
      this.showRoutes();
      return;
    }
    const promoted = events.some((e) => e.type === 'promoted');
    const settleIn: Step = (next) => {
      this.plantFlags(promoted);
      this.showRoutes();
      next();
    };
    this.play([...this.travelSteps(avatar, state, events), (next) => this.walkHome(next), settleIn]);
  }

  /** What the move did: a swim washed back, a walk to a new region, or a look down the path and back. */
  private travelSteps(avatar: Avatar, state: RunState, events: readonly EngineEvent[]): Step[] {
    const { layout } = this;
    const chosen = state.move;
    const route = chosen ? this.routes.find((r) => r.choice.move === chosen.move && r.choice.toward === chosen.toward) : undefined;
    const failed = events.some((e) => e.type === 'crossing-failed');
    const moved = events.find((e): e is Extract<EngineEvent, { type: 'moved' }> => e.type === 'moved');
    if (failed && route && layout) return [(next) => avatar.swimAndWashBack(route.curve, (p) => inSea(layout, p), SWIM_MS, next)];
    if (!moved || moved.from !== moved.to || !route) return [];
    if (route.loops) return [(next) => avatar.follow(route.curve, PEEK_MS, next)];
    return [(next) => avatar.follow(route.curve, PEEK_MS / 2, next, 0, 0.3, true)];
  }

  /** Walks the avatar to where the state puts it, along an arc, if it is not there already. */
  private walkHome(next: () => void): void {
    const { layout, avatar } = this;
    if (!layout || !avatar) return;
    const home = avatarSpot(layout, this.state.region, this.state.role);
    if (Math.hypot(home.x - avatar.x, home.y - avatar.y) < 1) return next();
    avatar.follow(arc({ x: avatar.x, y: avatar.y }, home), WALK_MS, next);
  }

  private play(steps: readonly Step[]): void {
    const run = (i: number): void => {
      const step = steps[i];
      if (step) step(() => run(i + 1));
    };
    run(0);
  }

  /** A flag on every rung reached so far; a new one is raised with a flourish when `celebrate` (a promotion). */
  private plantFlags(celebrate: boolean): void {
    const { layout, flagLayer } = this;
    if (!layout || !flagLayer) return;
    const stops = [...(this.state.history ?? []), { region: this.state.region, role: this.state.role }];
    for (const rung of reachedRungs(layout, stops)) {
      const at = flagSpot(layout, rung.region, rung.role);
      if (!at || this.flags.has(rungKey(rung))) continue;
      this.flags.add(rungKey(rung));
      const flag = new SummitFlag(this, at, layout.flagPole);
      flagLayer.add(flag);
      if (celebrate) flag.raise();
    }
  }

  private showRoutes(): void {
    const { layout, layer, names } = this;
    this.routes = this.state.phase === 'move' && layout ? moveRoutes(layout, this.state, legalMoves(this.state)) : [];
    if (!layout || !layer || !names || this.routes.length === 0) return;
    this.routesView = new MoveRoutesView(this, layout, this.routes, this.animate, this.options.chooseMove ?? null);
    // The paths pass under the map's names; their numbered markers lie over them.
    layer.addAt(this.routesView, layer.getIndex(names));
    layer.addAt(this.routesView.markers, layer.getIndex(names) + 1);
  }
}
