<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>BuiltinProfiles</name>
    <message>
        <source>Local CCRI sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCRI secured endpoint (historical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local UK Core sandbox (R4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapabilitySummary</name>
    <message>
        <source>The server&apos;s /metadata answer is not a CapabilityStatement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s /metadata answer is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientAssertion</name>
    <message>
        <source>The server could not fetch this client&apos;s public keys from the JWK Set URL registered for it, so it could not check the assertion&apos;s signature. Make sure that address answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know the key the assertion was signed with (its kid): register this profile&apos;s public JWK Set with the server (Copy public JWK Set) or import the key it knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept the assertion&apos;s signing algorithm (alg): choose one it lists in token_endpoint_auth_signing_alg_values_supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server found the assertion&apos;s signature wrong: the public key it holds for this client is not the pair of this profile&apos;s private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the assertion&apos;s audience (aud): it must be the token endpoint&apos;s URL exactly, and this app sent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says the assertion&apos;s issuer and subject (iss, sub) are not the client it expects: both are the profile&apos;s client id, &quot;%1&quot;. Check the client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says the assertion&apos;s expiry (exp) is too far ahead: it allows at most five minutes. Check that this computer&apos;s clock is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says the assertion had expired (exp) or had no expiry: check that this computer&apos;s clock is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says the assertion&apos;s jti was missing or already used: each assertion may be used once. Try again; if it happens again, the server is counting one assertion twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know the client id &quot;%1&quot;: register this app with the server first, then put the client id it gives in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server knows the client &quot;%1&quot;, but not as a client that signs in with a signed JWT (private_key_jwt): register it with its public JWK Set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the client&apos;s signed assertion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The server said: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainScopesCommand</name>
    <message>
        <source>Cannot use the policy &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope string is empty. Give scopes separated by spaces, for example &quot;user/Patient.read patient/Observation.rs&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the scopes could be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplorerCommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print, for every resource type of the policy, whether the space-separated &lt;scopes&gt; open it and which scope it needs, then exit without opening a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope policy: &quot;ccri&quot; (the CCRI table, the default), &quot;smart&quot; (each type needs read access to itself), or the path of a policy JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ccri|smart|file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --explain-scopes: print one JSON array, in policy order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window with &lt;scopes&gt; in the scope preview (for training).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareConnect Explorer: browse SMART-on-FHIR secured FHIR servers and see which resource types your scopes open, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Put a scope string in quotes after --explain-scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--preview-scopes opens the window; it cannot be combined with --explain-scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--policy needs &quot;ccri&quot;, &quot;smart&quot; or the path of a policy file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareConnect Explorer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the local CCRI sandbox inside the explorer and select its profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FHIR base URL of a SMART-secured server: reuses the saved profile with this URL and client id, or saves a new one. Needs --client-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth2 client id to sign in with (with --server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space-separated scopes the profile asks for. Without it: the read scopes its policy names plus &quot;openid fhirUser profile offline_access&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI registered for the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sign-in window at once, or resume the session saved for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 opens the window; it cannot be combined with --explain-scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either --sandbox or --server, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server and --client-id go together: give the FHIR base URL and the client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// FHIR base URL, for example https://example.org/fhir/STU3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id needs the client id registered with the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redirect-uri needs an absolute URI, for example http://127.0.0.1/callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 shapes a server profile: give --sandbox or --server with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redirect-uri: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as a backend service (SMART Backend Services): client credentials with system/ scopes, no browser. Needs --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s private key (unencrypted PEM) for signed-JWT client authentication (private_key_jwt): imported into the keychain, after which the file may be deleted. Needs --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s signing algorithm: RS384 (the default), ES384, RS512 (NHS England) or RS256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-jwks prints and exits; it cannot be combined with --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 shapes a server profile: give --server and --client-id with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--private-key needs the path of a PEM private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--signing-alg &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--signing-alg says how --private-key signs: give the key file with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the public JWK Set of the profile chosen by --server and --client-id, or of the --private-key file (to register the app with a server), then exit without opening a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-jwks needs either --server and --client-id (a profile&apos;s key, from the keychain) or --private-key (a key file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the SMART server at this FHIR base URL (discovery, keys, PKCE, TLS, endpoints; with --client-id also an authorization request), print what is right and what is wrong, and exit without opening a window: 0 when no check fails, 1 when one does. --json prints the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--check-server prints a report and exits; it cannot be combined with --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json only goes with --explain-scopes or --check-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--check-server needs an http:// or https:// FHIR base URL, for example https://example.org/fhir/STU3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 shapes the authorization request: give --client-id with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sandbox: STU3 (Care Connect, the default) or R4 (UK Core): which of the sandbox&apos;s FHIR bases to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once signed in, open the Overview of the patient with this NHS number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--patient-nhs-number opens the window; it cannot be combined with --explain-scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--patient-nhs-number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fhir-version &quot;%1&quot; is not STU3 or R4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fhir-version chooses the sandbox&apos;s base: give it once, with --sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtraHeaders</name>
    <message>
        <source>&quot;%1&quot; is not a header: write it as Name: value, for example X-Request-ID: {uuid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 header cannot be set here: the explorer sets it itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header %1 needs a value on the same line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fault</name>
    <message>
        <source>Every access token, old or new, is refused as expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every refresh token is refused with invalid_grant, as if it had expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answers with this error (html: a broken proxy&apos;s HTML page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every FHIR answer is held back this many milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every FHIR request gets 503 Service Unavailable with an OperationOutcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are issued with iat and nbf this many seconds in the future (negative: in the past).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server grants one requested resource scope fewer than the user ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCE is not enforced: the plain method and a missing verifier are accepted. Only to show what PKCE prevents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdTokenCheck</name>
    <message>
        <source>no kid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token not checked in this session: decoded for display only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token signature checked against the server&apos;s keys (kid %1); issuer, audience, nonce and expiry match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token signature not checked: the server does not publish its keys (no jwks_uri). Decoded for display only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token signature not checked: the server&apos;s key set could not be read. Decoded for display only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token was refused: none of the server&apos;s keys has its kid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token was refused: its signature does not match the server&apos;s key (kid %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token was refused: its nonce is missing or is not the one this sign-in sent, so it may have been replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token was refused: it was issued by another server than the one signed in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token was refused: it was not issued for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token has expired (by this computer&apos;s clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token&apos;s issue time (iat or nbf) is far from this computer&apos;s clock, so the server&apos;s clock and this computer&apos;s differ. Tokens may be refused as not yet valid or expired early: check both clocks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdTokenVerifier</name>
    <message>
        <source>%1 is %2 seconds from now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtDecoder</name>
    <message>
        <source>There is no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is not a JWT (it does not have the header.claims.signature shape), so there is nothing to decode; the server alone knows what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s header is not base64url-encoded JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s claims are not base64url-encoded JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NhsNumber</name>
    <message>
        <source>Enter an NHS number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NHS number has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An NHS number has 10 digits; this one has %n.</source>
        <translation>
            <numerusform>An NHS number has 10 digits; this one has %n.</numerusform>
            <numerusform>An NHS number has 10 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a valid NHS number: no check digit fits its first nine digits. Check it for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid NHS number: its check digit should be %2, not %3. Check it for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeFinding</name>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>%1 passed, %2 warnings, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id %1, redirect URI %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client id given: the authorization request was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client id given (--client-id): the authorization request was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Built-in profiles can&apos;t be removed; duplicate one to change it freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>[1 item]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{1 field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1 fields}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceTypeInfo</name>
    <message>
        <source>The people receiving care: names, NHS numbers, dates of birth, addresses and contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements and findings: blood pressure, heart rate, temperature, weight, BMI, smoking status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts between a patient and a care provider: appointments, admissions, home visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems, diagnoses and health concerns recorded for a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things done to or for a patient: operations, assessments, counselling, therapies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies and intolerances, with their reactions and how certain they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriptions: orders for a medicine to be supplied and taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines a patient is taking, has taken or will take, as reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccinations given to a patient, or recorded as not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical documents: letters, discharge summaries and reports, with their metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raw content of documents and attachments, such as PDFs and images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR %1 resources.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeReport</name>
    <message>
        <source>Resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of %2 resource types open with these scopes.</source>
        <translation>
            <numerusform>%1: %n of %2 resource types open with these scopes.</numerusform>
            <numerusform>%1: %n of %2 resource types open with these scopes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, granted by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them only in part.</source>
        <translation>
            <numerusform>%n of them only in part.</numerusform>
            <numerusform>%n of them only in part.</numerusform>
        </translation>
    </message>
    <message>
        <source>only %1, granted by %2; %3 would open the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FHIR base URL must be an http:// or https:// address, for example https://example.org/fhir/STU3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs a client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded browser can&apos;t catch a redirect to “%1”: only an http:// or https:// address comes back to the explorer (an address such as uk.nhs.ccri.explorer:/callback never does, so sign-in would wait until Cancel). Use a loopback address such as http://127.0.0.1/callback, registered with the server for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials sign-in needs a confidential client with a secret or a signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing algorithm &quot;%1&quot; is not one of RS384, ES384, RS512 or RS256.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKeyStore</name>
    <message>
        <source>The profile &quot;%1&quot; signs in with a signed JWT, but no private key is saved for it. Generate or import a key in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s signing algorithm &quot;%1&quot; is not one this app signs with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key saved for the profile &quot;%1&quot; can&apos;t be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signing algorithm; use RS384, ES384, RS512 or RS256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 can&apos;t be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 can&apos;t be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartConfiguration</name>
    <message>
        <source>an HTML or XML page instead of JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text that is not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SMART configuration without a token_endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON that is not a CapabilityStatement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CapabilityStatement without the SMART oauth-uris extension</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenRecord</name>
    <message>
        <source>The saved session is damaged and can&apos;t be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved session holds no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint did not answer with JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer has no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server issued a &quot;%1&quot; token; only Bearer tokens are supported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenServers</name>
    <message>
        <source>Authorization server (issuer): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR server (aud): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: this token&apos;s aud (%1) is not the FHIR base in use (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>Tokens can&apos;t be saved on this computer; you&apos;ll sign in again next time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::AccountController</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget all saved sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back: your saved session was resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out here, but the server may still accept the old tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every saved session was forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s policy &quot;%1&quot; can&apos;t be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox is running at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox restarted with the policy &quot;%1&quot;, so its sessions ended; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check this server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::ApplicationMenus</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::AttachmentViewer</name>
    <message>
        <source>Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no attachment to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a FHIR server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attachment is neither raw bytes nor a Binary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image (%1) could not be read; you can save it to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be read; you can save it to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explorer cannot show %1 documents; save it to a file to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document, then press Open attachment below to show it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::CapabilityView</name>
    <message>
        <source>Load the server&apos;s CapabilityStatement to see what it offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR %1%2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>software not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none advertised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server capabilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::DetailPane</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see the resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (%1 in all: Copy JSON and Save JSON take everything)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::ExportJwksCommand</name>
    <message>
        <source>The profile &quot;%1&quot; does not sign in with a signed JWT, so it has no key to publish. Import one with --private-key or in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile for %1 with the client id &quot;%2&quot;. Import a key first: --server URL --client-id ID --private-key FILE.pem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::FileSaver</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::KeyboardShortcuts</name>
    <message>
        <source>&amp;Find a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::LocalSandbox</name>
    <message>
        <source>This sandbox has no faults to switch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::LocalSandboxLauncher</name>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::LocalSandboxView</name>
    <message>
        <source>Local sandbox: addresses, demo accounts and clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show client secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets of the sandbox&apos;s confidential demo clients, for the client-credentials exercise. They change at every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests the sandbox received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests the sandbox received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide client secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox is not running. It starts when you sign in with the &quot;Local CCRI sandbox&quot; profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox runs inside this app, on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch a fault on to show the class a failure: it acts at once on every request to this sandbox, and the request log shows when it acts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the local sandbox is LENIENT about PKCE. It accepts the plain method and a missing code_verifier, so a stolen authorization code can be redeemed by anyone. For a training demonstration only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::MainWindow</name>
    <message>
        <source>Scope preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareConnect Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CareConnect Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n resource types open with these scopes.</source>
        <translation>
            <numerusform>%1 — %2 of %n resource type open with these scopes.</numerusform>
            <numerusform>%1 — %2 of %n resource types open with these scopes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shut: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 scope not recognised (see the scope preview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scopes not recognised (see the scope preview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CareConnect Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CareConnect Explorer %1&lt;/h3&gt;&lt;p&gt;Browse SMART-on-FHIR secured FHIR servers, starting with the NHS Care Connect Reference Implementation, and see which resource types your scopes open, and why.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Previewing scopes&lt;/b&gt; — the tabs show this preview, not your session. Reading still uses your session&apos;s token, so the server may refuse what the preview opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Previewing scopes&lt;/b&gt; — the tabs show this preview. You are not signed in, so nothing can be read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope preview (not your session): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session&apos;s scopes: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — your session was granted no scopes, so every resource type is shut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not signed in, so every resource type is shut. Sign in (Account → Sign in…), or try scopes in View → Scope preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open only in part: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::PatientBanner</name>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search on the Patient tab and open a record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::PatientOverview</name>
    <message>
        <source>Patient overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies and intolerances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest vital signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient on the Patient tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more in the %2 tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::PatientSearchPanel</name>
    <message>
        <source>I have checked which patient this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records stay closed until you have checked the name, birth date and address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any part of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open patient&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NHS number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the birth date as year-month-day, for example 1998-03-19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this number although its check digit is wrong (test data sometimes is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family / given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits, such as 987 654 3210</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patients share the NHS number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 An NHS number belongs to one person: check the name, birth date and address before you open a record, and report the duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::PolicyDecision</name>
    <message>
        <source>Available — not restricted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available — granted by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable — needs %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly available — only %1 (%2), granted by %3 (%4); %5 would open the rest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::PreferencesDialog</name>
    <message>
        <source>&amp;High-contrast colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next time you start CareConnect Explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White text on black with yellow selection and focus. Applies at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::ProbeDialog</name>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 (no client id: the authorization request is not checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 with client id %2 and redirect URI %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::ProfilesDialog</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public (PKCE, no secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential (secret in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the saved secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ccri, smart, or the path of a policy JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (unless the server rules out S256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always (S256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials (system, no user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets for a demo role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes to request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;FHIR base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;KCE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a scope the policy names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The in-process sandbox picks a free port at every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in profile: it can be edited and duplicated, not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain on this computer: the secret is kept only until the explorer closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the server&apos;s details, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope presets for a demo role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a scope the policy names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profi&amp;les:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The local sandbox takes the new policy at the next sign-in: it restarts then, and a session with it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import PEM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y public JWK Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save public &amp;JWK Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this app with the ser&amp;ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a PEM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the public JWK Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the public JWK Set to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this app with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RS384 (RSA, the SMART default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ES384 (elliptic curve P-384)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RS512 (RSA 4096, NHS England)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RS256 (RSA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential, signed JWT (private key in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing &amp;algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain on this computer: the private key is kept only until the explorer closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet: generate one, or import a PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key, kid %2 (its RFC 7638 thumbprint)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — not saved yet: Save puts it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a %1 key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new key: Save to keep it in the keychain, then register its public JWK Set with the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM private keys (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: Save puts the key in the keychain; the file is not needed after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public JWK Set is on the clipboard (no private part).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the public JWK Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK Set could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the public JWK Set to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the server&apos;s registration endpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s discovery names no registration endpoint: register the app there by hand with the public JWK Set (Copy or Save).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered: the server gave the client id %1. Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a line, e.g. X-Request-ID: {uuid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra headers sent with every request to this server, one &quot;Name: value&quot; a line; {uuid} becomes a fresh UUID for each request. Authorization cannot be set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra request headers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::RequestLogDock</name>
    <message>
        <source>Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is written as $TOKEN; set it in your shell first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The token is $TOKEN in the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an exchange to see its headers and body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 — %2 ms
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer — %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (%1 bytes in all; the log keeps the first %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers and body of the selected exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client assertion (signature shortened):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::RequestLogModel</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::ResourceBrowser</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a shut tab anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try %1 anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tab is shut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try %1 in category %2 anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient to see their overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s records on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient has the NHS number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patients share the NHS number %2: choose one on the Patient tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results may be filtered by your access: your patient/ scopes let the server show only the records of the patient in context, so this list may not be everything the server holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::ResourcePlaceholderPage</name>
    <message>
        <source>The %1 records of the server will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope that opens it: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::ResourceTablePage</name>
    <message>
        <source>Try anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request although your scopes do not open this type, to see what the server says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry could not be shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries could not be shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 only (your scopes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::ResourceTabs</name>
    <message>
        <source>Resource types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened for one request with Try anyway — your scopes shut it: it needs %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (part)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::Scope</name>
    <message>
        <source>An empty scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a SMART scope: expected openid, fhirUser, profile, launch, offline_access, online_access or context/Type.access (for example user/Patient.read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown launch scope: only launch, launch/patient and launch/encounter exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown context &quot;%1&quot;: a resource scope starts with patient/, user/ or system/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resource type after &quot;%1/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource type &quot;%1&quot; must start with a capital letter (FHIR type names do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resource type name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ?qualifier needs an access level before it (for example .rs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART v1 scopes (.read, .write, .*) take no ?qualifier; use v2 letters such as .rs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access level after the dot: use read, write, * (v1) or letters of cruds (v2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown access level &quot;%1&quot;: use read, write, * (v1) or letters of cruds in that order (v2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::ScopeComparisonView</name>
    <message>
        <source>Requested and granted scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for and granted (possibly by a broader scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrowed away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for but not granted: declined at consent, or beyond the account&apos;s rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted although nothing asked for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for whole, granted only in part: a qualified scope such as one category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scopes asked for and those the server granted are compared here once you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scopes granted: not signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::ScopePolicy</name>
    <message>
        <source>No policy given: use ccri, smart or the path of a policy file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no policy called &quot;%1&quot; and no file at that path. Use ccri, smart or the path of a policy file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the policy file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy file %1 is larger than 1 MiB; a policy is a short list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be a JSON object with &quot;id&quot;, &quot;name&quot; and &quot;rules&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a non-empty array of {&quot;type&quot;, &quot;scope&quot;} objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 needs a &quot;type&quot; that is a FHIR resource type name, such as &quot;Patient&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 lists %2 a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a resource scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 (%2) has the scope &quot;%3&quot;, which cannot be used: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not part of the %2, which has no granular scopes; under SMART it would count as %3 for %4 only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::ScopePreviewPanel</name>
    <message>
        <source>Load policy file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. user/Patient.read patient/Observation.rs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space-separated scopes; the resource tabs follow as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example scope sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource types and the scopes they need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCRI demo: patient-access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCRI demo: clinical-access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCRI demo: limited-access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every type, read (SMART v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s observations (SMART v2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the policy file “%1”: %2 The %3 is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a scope policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope policies (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1, granted by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::ScopeQualifier</name>
    <message>
        <source>An empty ?qualifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty search parameter in the ?qualifier &quot;%1&quot; (two &amp; in a row, or one at an end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The qualifier &quot;%1&quot; needs a value: name=value, for example category=vital-signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a search parameter name (for example category).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The qualifier %1= has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The qualifier value &quot;%1&quot; needs one code after the | (system|code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vital signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laboratory results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem list items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encounter diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::SessionStatusWidget</name>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (system client, no user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry given by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient the server tied this sign-in to (launch/patient), if any. The patient you open in the browser is shown above the tabs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::SignInController</name>
    <message>
        <source>Continue in your web browser; this window will follow when you have signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 asks for: %2. PKCE: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S256 challenge sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::SignInWindow</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted (this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted — anyone on the network can read this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection security: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page at %1 was not opened because its certificate is not trusted: %2 If this is a private server, add its certificate authority&apos;s file to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::TokenInspectorDock</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by / needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal raw token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token claims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token claims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted scopes against the policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ID token (openid was not granted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (no exp claim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1 (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide raw token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted scopes against the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient context: %1
fhirUser: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token: decoded for display only (the server checks it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token: decoded for display only, not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last client assertion sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last client assertion sent (RFC 7523; signature not shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: this client does not sign in with a signed JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which server is which</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::TrainingGuideWindow</name>
    <message>
        <source>Training guide — CareConnect Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training guide is missing from this build (docs/training.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::TranslationLoader</name>
    <message>
        <source>The %1 translation is missing from this build, so the explorer stays in English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::VitalSignsChart</name>
    <message>
        <source>Vital signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital signs chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same points are in the table of vital signs beside the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital signs to show in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital signs chart as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital signs are not visible with your access: needs %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading vital signs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 readings of %2 vital signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vital signs recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vital signs could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 observations: the rest are on later pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 reading entered in error is not plotted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 readings entered in error are not plotted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vital-signs.png</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::WelcomeDialog</name>
    <message>
        <source>Start the &amp;local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to CareConnect Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a SMART-on-FHIR secured FHIR server, such as the NHS Care Connect Reference Implementation, browse the records your scopes allow, and see why the rest stay shut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Have a server to use?&lt;/b&gt; Add it with its address; the explorer finds its sign-in page for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help → Training guide (F1) walks you through a first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;New to it?&lt;/b&gt; Start the local sandbox: a practice server on this computer with made-up patients and demo accounts (clinician, reception, pharmacist, gp, physio and limited, each with the password “password”). Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::auth::AuthorizationStep</name>
    <message>
        <source>This sign-in answer was already used; a replayed answer is refused. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer did not match this sign-in attempt (wrong or missing state), so it was refused. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not let this client sign in this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server found the sign-in request invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not complete the sign-in just now; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server came back without an authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the scopes this profile asks for: your account may be allowed none of them. Choose other scopes in Account → Server profiles…, or ask the server&apos;s administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says it names itself in every sign-in answer (RFC 9207), but this answer did not (no iss), so it was refused: it may not come from %1. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer names its issuer as %1, but this server&apos;s discovery names %2 (RFC 9207), so the answer was refused: it may come from another server (a mix-up attack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the FHIR server&apos;s address, not the authorization server&apos;s: the server is configured to name the wrong issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in again; if this repeats, tell the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::auth::ClientRegistration</name>
    <message>
        <source>The server has no registration endpoint, so the app can&apos;t register itself there. Register it by hand with the public JWK Set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration endpoint %1 answered without a client_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration endpoint %1 refused the registration: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::auth::Discovery</name>
    <message>
        <source>HTTP 200 with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 to find how to sign in.
%2 gave %3.
Check the FHIR base URL in the profile and that the server is running and reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find how to sign in to %1.
%2 gave %3.
%4 gave %5.
Check that the FHIR base URL is right (it usually ends in /STU3 or /R4) and that the server supports SMART on FHIR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::auth::LoopbackRedirectListener</name>
    <message>
        <source>Could not open a local port for the browser&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only takes the sign-in answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareConnect Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer reached CareConnect Explorer. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::auth::Session</name>
    <message>
        <source>The session has no refresh token; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be renewed, so please sign in again. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::auth::SessionResumer</name>
    <message>
        <source>The saved session could not be read, so please sign in again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved session has expired and could not be renewed; please sign in again. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::auth::SignInFlow</name>
    <message>
        <source>Finding how to sign in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for a confidential client, but no client secret is saved for it. Enter the secret in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for a system token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say where its authorization endpoint is, so an interactive sign-in is not possible. A confidential client can use client credentials instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging the authorization code for tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in asked for OpenID Connect (openid) and the server granted it, but it sent no ID token back, so the sign-in was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the ID token against the server&apos;s keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the client&apos;s private key from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::auth::TokenClient</name>
    <message>
        <source>The server did not say where its token endpoint is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the grant (%1). Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this client (%1). Check the client id and secret in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint %1 gave %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint %1 gave an answer that can&apos;t be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no refresh token; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no revocation endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation endpoint %1 gave %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no introspection endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The introspection endpoint %1 gave %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client assertion could not be signed with the profile&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials sign-in needs the client&apos;s secret or signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint %1 gave %2. The server, or a proxy in front of it, failed: try again in a while, and tell the server&apos;s administrator if it goes on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::auth::TokenStore</name>
    <message>
        <source>The keychain refused to save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete the saved session: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::crypto::CompactJws</name>
    <message>
        <source>The token is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not a compact JWS (three parts separated by dots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s header is not a base64url JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s payload is not a base64url JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s signature is not base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s header has no alg (RFC 7515 §4.1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s header lists critical extensions (crit) this verifier does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not signed (alg none) and is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is signed with %1, a shared secret; only public-key signatures (RS256, RS384, RS512, ES256, ES384) are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s algorithm %1 is not supported (RS256, RS384, RS512, ES256, ES384).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s kid is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key of the key set has the token&apos;s kid &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token names no kid and the key set holds %1 keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::crypto::JwkSet</name>
    <message>
        <source>The key set is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set has no &quot;keys&quot; array (RFC 7517 §5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 of the set is a symmetric secret (k): it must never be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 of the set is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::crypto::SigningKey</name>
    <message>
        <source>Could not make a %1 key: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is encrypted with a passphrase; give an unencrypted PKCS#8 PEM key (keep the file readable by its owner only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PEM private key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; at least 2048 are needed (RFC 7518 §3.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is an RSA key, but %1 needs an EC key on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC key is on the curve %1; only P-256 (ES256) and P-384 (ES384) are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is an EC key on %1, which signs %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is neither RSA nor EC; JWS here signs with RS256, RS384, RS512, ES256 or ES384.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign with %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL gave an ECDSA signature that is not DER.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::crypto::VerifyingKey</name>
    <message>
        <source>The key is not a JSON object (RFC 7517 §4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key holds the private member &quot;%1&quot;: publish only the public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has no kty (RFC 7517 §4.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s use is &quot;%1&quot;, not &quot;sig&quot; (RFC 7517 §4.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s kid is not a string (RFC 7517 §4.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s alg &quot;%1&quot; is not supported (RS256, RS384, RS512, ES256, ES384).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s alg %1 needs kty %2, but the key is kty %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key needs n and e in base64url (RFC 7518 §6.3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key is too short (%1 bits): at least 2048 are needed (RFC 7518 §3.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key&apos;s n and e do not make a valid public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC curve &quot;%1&quot; is not supported (P-256, P-384).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s alg %1 needs curve %2, but the key is on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC key needs x and y of %1 bytes each in base64url (RFC 7518 §6.2.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC key&apos;s point is not on the curve %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key type &quot;%1&quot; is not supported: only RSA and EC signing keys (symmetric &quot;oct&quot; keys never belong in a public key set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is for %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a %2 key, but the key %3 is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a key on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An %1 signature is %2 bytes (R and S), not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::fhir::BundleReader</name>
    <message>
        <source>The server&apos;s answer is JSON but not a FHIR resource (it has no resourceType).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an OperationOutcome instead of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an OperationOutcome instead of data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle.entry is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry has no resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s resource has no resourceType.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::fhir::OverviewSection</name>
    <message>
        <source>%1 are not visible with your access: needs %2 (%3).</source>
        <extracomment>%1: what the section lists (&quot;Allergies&quot;); %2: the scope it needs; %3: the policy&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are not visible: the server refused to show them (HTTP %2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 — %4 more on later pages</source>
        <extracomment>&quot;20 of 25 — 5 more on later pages&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::fhir::ResourceListModel</name>
    <message>
        <source>Entered in error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was entered in error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::fhir::ResourceSearch</name>
    <message>
        <source>Choose a patient on the Patient tab to see their %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying anyway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused, as your scopes said it would. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading… %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 found for this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered although your scopes shut this type: it does not enforce them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more on later pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server warns: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::fhir::ResourceSummary</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset / asserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authored on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::net::NetworkErrorText</name>
    <message>
        <source>an answer larger than %1 KiB, which was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer: the connection was refused (is the server running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer: the host name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TLS error: %1 (if the server uses a private certificate authority, set its CA file in the profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 with an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 refused the connection. Is it running, and is the address and port right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before it answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network proxy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed: %2. The explorer does not accept a certificate it cannot trust; for a private server, add its CA file to the server profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within 1 second. The server may be busy or unreachable; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 seconds. The server may be busy or unreachable; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is larger than the limit of %2 MB, so it was not loaded. Ask for a smaller page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No FHIR server is chosen yet: sign in to a server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server pointed to %1, which is not the FHIR server you are connected to (%2). Your token is not sent there, so the request was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered with a web page (HTML, HTTP %2) instead of FHIR JSON. Check that the address is the FHIR base URL and not a login or error page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered with %2 (HTTP %3) instead of FHIR JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON, so it cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept your sign-in (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused access (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no such resource (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not understand the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::probe::AuthorizationRequestCheck</name>
    <message>
        <source>Authorization request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 on to %2 (the server&apos;s sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 straight back to the redirect URI without an error or a sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected back to the redirect URI with error=%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected back to the redirect URI with error=%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 200 with a page (the sign-in page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authorization response that carries iss names exactly the discovered issuer (not the FHIR base); a server that advertises the parameter always sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send iss equal to the issuer in the metadata (%1) in every authorization response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iss %1 equals the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts this client&apos;s authorization request: client id %1, redirect URI %2, aud %3 (the FHIR base), PKCE S256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the authorization endpoint %1 is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the client id is registered, that %1 is one of its redirect URIs, and that the server accepts %2 as aud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses an authorization request without code_challenge (PKCE is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without code_challenge: %1 The server went on to sign-in, so a stolen code could be used without the verifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse authorization requests without code_challenge (code_challenge_method S256) for every client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::probe::CapabilityStatementCheck</name>
    <message>
        <source>CapabilityStatement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FHIR server answers GET metadata with its CapabilityStatement, without a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP 200, but not with a CapabilityStatement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the FHIR base URL is right and that the FHIR server is running; it must answer metadata without a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CapabilityStatement carries the SMART oauth-uris extension (what SMART 1.0 clients, such as those written for CCRI, look for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth-uris gives token %1 and authorize %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No oauth-uris extension with a token endpoint in rest.security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the oauth-uris extension so SMART 1.0 clients find the endpoints too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither .well-known/smart-configuration nor the CapabilityStatement&apos;s oauth-uris says where to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish .well-known/smart-configuration (SMART 2.2) and the oauth-uris extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fhirVersion names a published FHIR version, the one the base URL says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CapabilityStatement has no fhirVersion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give fhirVersion (e.g. 3.0.2 for STU3, 4.0.1 for R4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fhirVersion %1 is not a published FHIR version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the FHIR version the server implements (e.g. 3.0.2, 4.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL ends in %1, but fhirVersion %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve %1 under this base URL, or correct fhirVersion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fhirVersion %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart-configuration and the CapabilityStatement name the same endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two documents agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They differ (smart-configuration / CapabilityStatement): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate both documents from one place so they cannot drift apart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::probe::EndpointCheck</name>
    <message>
        <source>Endpoints at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revocation endpoint the server advertises answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revocation_endpoint is advertised: signing out can only forget tokens on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer RFC 7009 token revocation and advertise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answers a request it must refuse (a made-up code) with HTTP 400 or 401 and a JSON error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with error %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP 200 to a made-up authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse unknown codes with invalid_grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the token endpoint is running and answers errors as JSON ({&quot;error&quot;: &quot;invalid_grant&quot;, ...}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advertised %1 answers (200 for an unknown token, or 400/401 asking for client authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve %1 where the metadata says, or stop advertising it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FHIR API answers, and refuses a read without an access token with HTTP 401.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without a token: HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without a token: HTTP 200, data without sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this server holds real records, require a bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without a token gave %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the FHIR API is running behind %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::probe::IssuerMetadataCheck</name>
    <message>
        <source>Authorization server metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which server is which: the authorization server (the issuer, where sign-in and tokens happen) and the FHIR server (the aud of every authorization request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery documents name no issuer, so an id_token&apos;s iss and an authorization response&apos;s iss cannot be checked. Authorization endpoint: %1; FHIR server: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give issuer in the smart-configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization server (issuer) %1 and FHIR server %2 are on the same host %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization server (issuer) %1 is on another host than the FHIR server %2: tokens come from %3, aud names %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) gave %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 document names exactly the issuer it was fetched for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart-configuration names %1, but %2 names %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the issuer identical, character for character, in every discovery document and token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata and the smart-configuration name the same endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs (smart-configuration / issuer metadata): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate both documents from one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer publishes its own metadata (OpenID Connect Discovery or RFC 8414); with sso-openid-connect, OpenID Connect Discovery is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the issuer&apos;s metadata at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::probe::JwksCheck</name>
    <message>
        <source>Signing keys (jwks_uri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jwks_uri answers with the server&apos;s public signing keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server publishes no jwks_uri, so no id_token signature can be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the signing keys as a JWK Set and give its URL as jwks_uri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the JWK Set at %1, without authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK Set holds usable public signing keys (no private members, RSA of 2048 bits or more, EC points on their curves).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK Set holds no signing key this explorer can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish {&quot;keys&quot;:[...]} with the public halves of the signing keys only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable keys (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every advertised id_token signing algorithm has a key of its type, and none is &quot;none&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;none&quot; is advertised: unsigned id_tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id_token_signing_alg_values_supported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign id_tokens with an asymmetric algorithm (RS256) and publish its key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccri::probe::SmartConfigurationCheck</name>
    <message>
        <source>SMART configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FHIR server publishes its SMART configuration as JSON at .well-known/smart-configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP 200, but not with a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the SMART configuration (application/json) at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is reached over TLS with a certificate valid for its host (or trusted through the profile&apos;s CA file); plain HTTP only on this computer&apos;s loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a certificate for this host name from a trusted CA, or add the private CA&apos;s PEM file to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 succeeded and the certificate was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP to %1, a loopback address: acceptable for a server on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FHIR base %1 uses plain HTTP to another computer: tokens would cross the network in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the FHIR API and the authorization server over https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMART configuration has every field SMART App Launch 2.2 requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the smart-configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code_challenge_methods_supported is absent or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code_challenge_methods_supported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCE: S256 is advertised in code_challenge_methods_supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support PKCE with S256 and list it in code_challenge_methods_supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCE: the method plain is not advertised (it protects nothing if the request is seen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove plain from code_challenge_methods_supported and refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant_types_supported lists authorization_code for a server apps sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant_types_supported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant_types_supported is absent or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List authorization_code (and refresh_token, client_credentials where supported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization responses name their issuer (iss), and the metadata says so with authorization_response_iss_parameter_supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization_response_iss_parameter_supported: true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization_response_iss_parameter_supported is absent or false: a client cannot tell which server an authorization response came from (mix-up attacks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send iss in every authorization response and advertise authorization_response_iss_parameter_supported: true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every endpoint in the SMART configuration uses https (plain HTTP on loopback only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint leaves this computer over plain HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP to another computer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish https URLs for these endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run “ccri-explorer --help” for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display found: DISPLAY and WAYLAND_DISPLAY are not set, so the window cannot open. Start the explorer with scripts/run (it provides a virtual display), or use --explain-scopes, which needs no window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the policy &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
