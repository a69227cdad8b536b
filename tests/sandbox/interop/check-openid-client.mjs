// Test-only interop check (not part of ctest): a certified OpenID Connect client library, openid-client 5
// (Node 20), discovers a running ccri-sandbox from its issuer and signs in through the login and consent
// forms with PKCE, state and nonce; openid-client then checks the id_token itself (RS256 signature
// against jwks_uri, iss, aud, azp, exp, iat, nonce). A second, wrong nonce must be refused.
//   npm install openid-client@5   (in a scratch directory; NODE_PATH=<it>/node_modules)
//   ccri-sandbox --listen 127.0.0.1:0   then   node check-openid-client.mjs http://127.0.0.1:<port>/auth
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.env.NODE_PATH || process.cwd(), 'x.js'));
const { Issuer, generators } = require('openid-client');

const issuerUrl = process.argv[2];
if (!issuerUrl) {
  console.error('usage: node check-openid-client.mjs <issuer, e.g. http://127.0.0.1:8080/auth>');
  process.exit(2);
}
const redirectUri = 'http://127.0.0.1:54321/callback';

let cookie = '';
async function go(url, options = {}) {
  const response = await fetch(url, { redirect: 'manual', ...options,
    headers: { ...(options.headers || {}), cookie } });
  const set = response.headers.get('set-cookie');
  if (set) cookie = set.split(';')[0];
  return response;
}
const field = (html, name) => (html.match(new RegExp(`name="${name}" value="([^"]*)"`)) || [])[1];
const form = (values) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(values).toString() });

async function signIn(client, nonce) {
  const state = generators.state();
  const verifier = generators.codeVerifier();
  const fhirBase = issuerUrl.replace(/\/auth$/, '/fhir/STU3');
  const url = client.authorizationUrl({ scope: 'openid profile fhirUser user/Patient.read', state, nonce,
    code_challenge: generators.codeChallenge(verifier), code_challenge_method: 'S256', aud: fhirBase,
    redirect_uri: redirectUri });
  cookie = '';
  let response = await go(url);
  const origin = new URL(issuerUrl).origin;
  let page = await (await go(origin + response.headers.get('location'))).text();
  response = await go(origin + '/auth/login', form({ request: field(page, 'request'), csrf: field(page, 'csrf'),
    username: 'clinician', password: 'password', login: '1' }));
  page = await (await go(origin + response.headers.get('location'))).text();
  const body = new URLSearchParams({ request: field(page, 'request'), csrf: field(page, 'csrf'), authorize: '1' });
  for (const scope of ['openid', 'profile', 'fhirUser', 'user/Patient.read']) body.append('scope', scope);
  response = await go(origin + '/auth/consent', { method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() });
  const callback = response.headers.get('location');
  return { params: client.callbackParams(callback), state, verifier };
}

const issuer = await Issuer.discover(issuerUrl); // OIDC Discovery §4, issuer must match exactly
console.log(`discovered ${issuer.issuer}; jwks_uri ${issuer.jwks_uri}`);
const client = new issuer.Client({ client_id: 'ccri-explorer', token_endpoint_auth_method: 'none',
  redirect_uris: [redirectUri], response_types: ['code'], id_token_signed_response_alg: 'RS256' });

const nonce = generators.nonce();
const first = await signIn(client, nonce);
const tokens = await client.callback(redirectUri, first.params,
  { state: first.state, nonce, code_verifier: first.verifier });
const claims = tokens.claims();
console.log(`id_token verified by openid-client: sub=${claims.sub} aud=${claims.aud} nonce ok, name=${claims.name}`);

const second = await signIn(client, generators.nonce());
try {
  await client.callback(redirectUri, second.params, { state: second.state, nonce: 'not-the-one-sent',
    code_verifier: second.verifier });
  console.error('FAIL: a wrong nonce was accepted');
  process.exit(1);
} catch (error) {
  console.log(`wrong nonce refused by openid-client: ${error.message}`);
}
console.log('openid-client interop: ok');
