/// <reference types="vite/client" />
// Vite's ambient types: side-effect CSS imports and import.meta.env. tsconfig.web.json keeps
// "types": [] so that the renderer opts into exactly these and no Node types.
