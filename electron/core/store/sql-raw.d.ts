/** A migration's text, embedded by the bundler (Vite's `?raw`: the file read as UTF-8, byte for byte). */
declare module '*.sql?raw' {
  const text: string;
  export default text;
}
