/** The development origin every URL of manifest.xml uses; a release build replaces it. */
const DEV_ORIGIN = "https://localhost:3000";

/**
 * The release manifest: every development URL, with or without a path or trailing slash
 * (AppDomain is a bare origin), moved to the release URL's origin and base path.
 */
function releaseManifest(xml, releaseUrl) {
  const base = releaseUrl.replace(/\/+$/, "");
  return xml.replace(/https:\/\/localhost:3000(?=[/"<\s])/g, base);
}

module.exports = { DEV_ORIGIN, releaseManifest };
