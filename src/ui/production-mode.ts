/**
 * Selects the production builds of React and of the reconciler Ink uses. Without
 * NODE_ENV=production they load their development builds, which record a timing mark per
 * component render and run extra checks; in the dashboard benchmark a frame took about twice as
 * long. Import this module before Ink or React. A NODE_ENV that is already set is kept.
 */
process.env.NODE_ENV ??= "production";
