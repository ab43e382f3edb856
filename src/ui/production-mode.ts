/**
 * Selects the production builds of React and of the reconciler Ink uses. Without
 * NODE_ENV=production they load their development builds, which record a timing mark per
 * component render and run extra checks; in the dashboard benchmark a frame took about twice as
 * long. Import this module before any module that imports Ink or React, and not from a .tsx
 * file, whose compiled JSX runtime import would come first. A NODE_ENV already set is kept.
 */
process.env.NODE_ENV ??= "production";
