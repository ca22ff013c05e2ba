// The facilitator views a link can open with ?view=NAME.
export const VIEW_NAMES = ['host', 'room', 'lab'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export function isViewName(name: string | null): name is ViewName {
  return (VIEW_NAMES as readonly (string | null)[]).includes(name);
}

/** The query parameter in which a view's replay link names the view, as its query (`view=room&seed=S`): leaving the replay leads back there. */
export const BACK_PARAM = 'back';

/** The query parameter in which a view's replay link names whose run it is ("Ada"), for the replay to say. */
export const WHO_PARAM = 'who';
