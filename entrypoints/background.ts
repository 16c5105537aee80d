import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Wiring only; handlers live in utils/.
});
