// seedrandom's Tyche-i on its own: the package's types declare only the whole package, whose main
// module bundles every generator it has (some 2 kB more for the player's first screen).
declare module 'seedrandom/lib/tychei.js' {
  const tychei: (typeof import('seedrandom'))['tychei'];
  export default tychei;
}
