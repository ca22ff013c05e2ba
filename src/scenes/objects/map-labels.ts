// The names on the map: each region on a paper plaque (readable over any ground), and on roomy maps
// a small caption under each rung's place. All text is drawn at the screen's pixel ratio, and each
// name is baked with its plaque into one picture, drawn with the cheapest shader.
import Phaser from 'phaser';
import { regionName } from '../../content/world';
import type { RegionId, RoleId } from '../../engine/ids';
import type { LabelPlace, MapLayout } from '../layout';
import { css, INK, PAPER } from '../palette';
import { crispText } from '../screen';
import { flatBake } from './bake';

/** Short names for the places of the rungs; the DOM carries the full ones. */
const CAPTIONS: Readonly<Partial<Record<RoleId, string>>> = {
  senior: 'senior',
  staff: 'staff',
  principal: 'principal',
  manager: 'manager',
  'senior-manager': 'senior EM',
  director: 'director',
  pm: 'PM',
  'senior-pm': 'senior PM',
};

/** Captions need room: below this unit (a hundredth of the shorter side) the map shows names only. */
const CAPTION_MIN_UNIT = 5;

export function addMapLabels(scene: Phaser.Scene, layout: MapLayout): Phaser.GameObjects.GameObject[] {
  const placed: [RegionId, LabelPlace][] = [
    ['frontend-range', layout.ranges['frontend-range'].label],
    ['backend-range', layout.ranges['backend-range'].label],
    ['interdell', layout.valley.label],
    ['em-coast', layout.coastLabel],
    ['pm-archipelago', layout.archipelagoLabel],
  ];
  const objects: Phaser.GameObjects.GameObject[] = [];
  for (const [region, place] of placed) objects.push(...plaque(scene, layout, regionName(region), place));
  if (layout.unit >= CAPTION_MIN_UNIT) objects.push(...captions(scene, layout));
  return objects;
}

function plaque(scene: Phaser.Scene, layout: MapLayout, name: string, place: LabelPlace): Phaser.GameObjects.GameObject[] {
  const text = crispText(scene, place.at.x, place.at.y, name, {
    fontSize: `${layout.fontSize}px`,
    fontStyle: 'bold',
    color: css(INK),
    align: place.originX === 0.5 ? 'center' : place.originX === 1 ? 'right' : 'left',
    wordWrap: { width: place.maxWidth },
  });
  const pad = Math.max(layout.unit * 0.8, 4);
  // Keep the plaque inside the map: shift the text so its padded box fits.
  const left = place.at.x - text.width * place.originX - pad;
  const top = place.at.y - text.height * place.originY - pad;
  const dx = Math.max(0, -left) - Math.max(0, left + text.width + pad * 2 - layout.width);
  const dy = Math.max(0, -top) - Math.max(0, top + text.height + pad * 2 - layout.height);
  text.setOrigin(place.originX, place.originY).setPosition(place.at.x + dx, place.at.y + dy);
  const plate = { x: left + dx, y: top + dy, width: text.width + pad * 2, height: text.height + pad * 2 };
  const board = { x: plate.x - 1, y: plate.y - 1, width: plate.width + 2, height: plate.height + 2 };
  return [
    flatBake(scene, board, (g) => {
      g.fillStyle(PAPER, 0.9);
      g.fillRoundedRect(plate.x, plate.y, plate.width, plate.height, pad);
      g.lineStyle(1, INK, 0.35);
      g.strokeRoundedRect(plate.x, plate.y, plate.width, plate.height, pad);
    }, [text]),
  ];
}

function captions(scene: Phaser.Scene, layout: MapLayout): Phaser.GameObjects.GameObject[] {
  const size = Math.max(10, Math.round(layout.fontSize * 0.62));
  const objects: Phaser.GameObjects.GameObject[] = [];
  for (const region of Object.keys(layout.places) as RegionId[]) {
    for (const [role, place] of Object.entries(layout.places[region].roles) as [RoleId, { stand: { x: number; y: number } }][]) {
      const caption = CAPTIONS[role];
      if (!caption) continue;
      const text = crispText(scene, place.stand.x, place.stand.y + layout.unit * 1.2, caption, {
        fontSize: `${size}px`,
        color: css(INK),
        stroke: css(PAPER),
        strokeThickness: 3,
      }).setOrigin(0.5, 0);
      objects.push(flatBake(scene, { x: text.x - text.width / 2 - 1, y: text.y - 1, width: text.width + 2, height: text.height + 2 }, null, [text]));
    }
  }
  return objects;
}
