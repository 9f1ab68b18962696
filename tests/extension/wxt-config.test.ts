/** The manifest: least privilege, a strict CSP, and host access only in the browser-test build. */
import { afterEach, describe, expect, it, vi } from 'vitest';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: unknown[];
  web_accessible_resources?: unknown[];
  content_security_policy?: { extension_pages?: string };
};

async function manifestFor(manifestVersion: 2 | 3, e2e: boolean): Promise<Manifest> {
  vi.resetModules();
  if (e2e) vi.stubEnv('QINGDU_E2E', '1');
  else vi.stubEnv('QINGDU_E2E', '');
  const config = (await import('../../wxt.config')).default as { manifest: (env: object) => Manifest; outDir?: string };
  return config.manifest({
    browser: manifestVersion === 3 ? 'chrome' : 'firefox',
    manifestVersion,
    mode: 'production',
    command: 'build',
  });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

const ALLOWED_PERMISSIONS = ['activeTab', 'storage', 'contextMenus', 'scripting', 'clipboardWrite'];

describe.each([3, 2] as const)('shipped manifest (MV%i)', (version) => {
  it('declares no content script, no host access and no web-accessible resource', async () => {
    const manifest = await manifestFor(version, false);
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    for (const permission of manifest.permissions ?? []) expect(ALLOWED_PERMISSIONS).toContain(permission);
    expect(JSON.stringify(manifest.permissions)).not.toMatch(/:\/\/|<all_urls>|tabs|webRequest|history|cookies/);
  });

  it('asks for site access only as an optional permission', async () => {
    const manifest = await manifestFor(version, false);
    const optional = version === 3 ? manifest.optional_host_permissions : manifest.optional_permissions;
    expect(optional).toEqual(['*://*/*']);
  });

  it('has a strict CSP: own scripts only, no plugins, no base-uri', async () => {
    const manifest = await manifestFor(version, false);
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
  });
});

describe('browser-test build (QINGDU_E2E=1)', () => {
  it('adds host access for the local test server only, and builds elsewhere', async () => {
    const manifest = await manifestFor(3, true);
    expect(manifest.host_permissions).toEqual(['*://127.0.0.1/*']);
    expect(manifest.content_scripts).toBeUndefined();
    const config = (await import('../../wxt.config')).default as { outDir?: string };
    expect(config.outDir).toBe('.output/e2e');
  });

  it('leaves the shipped build where it is', async () => {
    await manifestFor(3, false);
    const config = (await import('../../wxt.config')).default as { outDir?: string };
    expect(config.outDir).toBeUndefined();
  });
});
