/** The cache the app copies saved stories into (their page, feed files and pictures); nothing expires it. */
export const SAVED_CACHE = "qingyue-saved";
