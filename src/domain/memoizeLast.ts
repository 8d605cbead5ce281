/**
 * Remember the last result of a pure function of a few arguments, compared by identity: the
 * derived model is then computed once per change, however many views read it.
 */
export function memoizeLast<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A): R => {
    if (
      lastArgs &&
      lastArgs.length === args.length &&
      lastArgs.every((a, i) => Object.is(a, args[i]))
    )
      return lastResult;
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}
