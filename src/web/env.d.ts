/// <reference types="vite/client" />

declare module 'virtual:americas-atlas' {
  // An ambient module may not `import` a relative path, so the type is named inline.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const atlas: import('./map/atlas-types.js').AmericasAtlas;
  export default atlas;
}
