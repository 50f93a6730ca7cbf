/**
 * The add-in's base URL: manifest.xml names the development server; a production build
 * serves the same files from LKE_PUBLIC_URL. Shared by webpack.config.js, the release check
 * and the tests.
 */
"use strict";

const DEV_URL = "https://localhost:3000/";

/**
 * The production base URL from LKE_PUBLIC_URL: https, ending in "/". Without it the build
 * keeps the development server's address, so the manifest still sideloads with `npm run
 * dev-server` and never names a domain nobody serves.
 */
function publicUrl(raw = process.env.LKE_PUBLIC_URL) {
  if (raw === undefined || String(raw).trim() === "") return DEV_URL;
  const text = String(raw).trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`LKE_PUBLIC_URL is not a URL: ${text}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`LKE_PUBLIC_URL must use https (Office loads add-ins only over https): ${text}`);
  }
  if (url.search || url.hash) {
    throw new Error(`LKE_PUBLIC_URL must not have a query or fragment: ${text}`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Hosts that no user's Excel can reach: this machine, and the domains reserved for examples (RFC 2606). */
function unreachableHost(hostname) {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost") || host === "::1" || /^127\./.test(host) || host === "0.0.0.0") return true;
  return /(^|\.)example(\.|$)/.test(host) || /\.(test|invalid)$/.test(host);
}

/** The base URL a release is built for: LKE_PUBLIC_URL, required, and an address users can reach. */
function releaseUrl(raw = process.env.LKE_PUBLIC_URL) {
  if (raw === undefined || String(raw).trim() === "") {
    throw new Error("A release needs LKE_PUBLIC_URL: the https address dist/web/ will be served from, e.g. LKE_PUBLIC_URL=https://evaluasi.kabupaten.go.id/lke/");
  }
  const base = publicUrl(raw);
  if (unreachableHost(new URL(base).hostname)) {
    throw new Error(`LKE_PUBLIC_URL must be the real address users' Excel loads the add-in from, not ${base}`);
  }
  return base;
}

/** manifest.xml with every development URL replaced by baseUrl. */
function rewriteManifest(content, baseUrl) {
  return content.toString("utf8").split(DEV_URL).join(baseUrl);
}

module.exports = { DEV_URL, publicUrl, releaseUrl, rewriteManifest };
