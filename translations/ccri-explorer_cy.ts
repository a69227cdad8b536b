<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>BuiltinProfiles</name>
    <message>
        <source>Local CCRI sandbox</source>
        <translation>Blwch tywod CCRI lleol</translation>
    </message>
    <message>
        <source>CCRI secured endpoint (historical)</source>
        <translation>Pwynt terfyn diogel y CCRI (hanesyddol)</translation>
    </message>
    <message>
        <source>Local UK Core sandbox (R4)</source>
        <translation>Blwch tywod UK Core lleol (R4)</translation>
    </message>
</context>
<context>
    <name>CapabilitySummary</name>
    <message>
        <source>The server&apos;s /metadata answer is not a CapabilityStatement.</source>
        <translation>Nid yw ateb /metadata y gweinydd yn CapabilityStatement.</translation>
    </message>
    <message>
        <source>The server&apos;s /metadata answer is not valid JSON.</source>
        <translation>Nid yw ateb /metadata y gweinydd yn JSON dilys.</translation>
    </message>
</context>
<context>
    <name>ClientAssertion</name>
    <message>
        <source>The server could not fetch this client&apos;s public keys from the JWK Set URL registered for it, so it could not check the assertion&apos;s signature. Make sure that address answers.</source>
        <translation>Ni allai&apos;r gweinydd nôl allweddi cyhoeddus y cleient hwn o&apos;r URL Set JWK a gofrestrwyd ar ei gyfer, felly ni allai wirio llofnod yr honiad. Gwnewch yn siŵr fod y cyfeiriad hwnnw&apos;n ateb.</translation>
    </message>
    <message>
        <source>The server does not know the key the assertion was signed with (its kid): register this profile&apos;s public JWK Set with the server (Copy public JWK Set) or import the key it knows.</source>
        <translation>Nid yw&apos;r gweinydd yn adnabod yr allwedd a lofnododd yr honiad (ei kid): cofrestrwch Set JWK gyhoeddus y proffil hwn gyda&apos;r gweinydd (Copïo&apos;r Set JWK gyhoeddus) neu mewnforiwch yr allwedd y mae&apos;n ei hadnabod.</translation>
    </message>
    <message>
        <source>The server does not accept the assertion&apos;s signing algorithm (alg): choose one it lists in token_endpoint_auth_signing_alg_values_supported.</source>
        <translation>Nid yw&apos;r gweinydd yn derbyn algorithm llofnodi&apos;r honiad (alg): dewiswch un y mae&apos;n ei restru yn token_endpoint_auth_signing_alg_values_supported.</translation>
    </message>
    <message>
        <source>The server found the assertion&apos;s signature wrong: the public key it holds for this client is not the pair of this profile&apos;s private key.</source>
        <translation>Cafodd y gweinydd fod llofnod yr honiad yn anghywir: nid yw&apos;r allwedd gyhoeddus sydd ganddo ar gyfer y cleient hwn yn bâr i allwedd breifat y proffil hwn.</translation>
    </message>
    <message>
        <source>The server refused the assertion&apos;s audience (aud): it must be the token endpoint&apos;s URL exactly, and this app sent %1.</source>
        <translation>Gwrthododd y gweinydd gynulleidfa&apos;r honiad (aud): rhaid iddi fod yn union URL y pwynt terfyn tocynnau, ac anfonodd yr ap hwn %1.</translation>
    </message>
    <message>
        <source>The server says the assertion&apos;s issuer and subject (iss, sub) are not the client it expects: both are the profile&apos;s client id, &quot;%1&quot;. Check the client id.</source>
        <translation>Mae&apos;r gweinydd yn dweud nad cyhoeddwr a gwrthrych yr honiad (iss, sub) yw&apos;r cleient y mae&apos;n ei ddisgwyl: id cleient y proffil yw&apos;r ddau, &quot;%1&quot;. Gwiriwch yr id cleient.</translation>
    </message>
    <message>
        <source>The server says the assertion&apos;s expiry (exp) is too far ahead: it allows at most five minutes. Check that this computer&apos;s clock is right.</source>
        <translation>Mae&apos;r gweinydd yn dweud bod dyddiad dod i ben yr honiad (exp) yn rhy bell ymlaen: pum munud yw&apos;r mwyaf y mae&apos;n ei ganiatáu. Gwiriwch fod cloc y cyfrifiadur hwn yn gywir.</translation>
    </message>
    <message>
        <source>The server says the assertion had expired (exp) or had no expiry: check that this computer&apos;s clock is right.</source>
        <translation>Mae&apos;r gweinydd yn dweud bod yr honiad wedi dod i ben (exp) neu nad oedd ganddo ddyddiad dod i ben: gwiriwch fod cloc y cyfrifiadur hwn yn gywir.</translation>
    </message>
    <message>
        <source>The server says the assertion&apos;s jti was missing or already used: each assertion may be used once. Try again; if it happens again, the server is counting one assertion twice.</source>
        <translation>Mae&apos;r gweinydd yn dweud bod jti yr honiad ar goll neu wedi&apos;i ddefnyddio eisoes: dim ond unwaith y gellir defnyddio pob honiad. Rhowch gynnig arall arni; os digwydd eto, mae&apos;r gweinydd yn cyfrif un honiad ddwywaith.</translation>
    </message>
    <message>
        <source>The server does not know the client id &quot;%1&quot;: register this app with the server first, then put the client id it gives in the profile.</source>
        <translation>Nid yw&apos;r gweinydd yn adnabod yr id cleient &quot;%1&quot;: cofrestrwch yr ap hwn gyda&apos;r gweinydd yn gyntaf, yna rhowch yr id cleient a rydd yn y proffil.</translation>
    </message>
    <message>
        <source>The server knows the client &quot;%1&quot;, but not as a client that signs in with a signed JWT (private_key_jwt): register it with its public JWK Set.</source>
        <translation>Mae&apos;r gweinydd yn adnabod y cleient &quot;%1&quot;, ond nid fel cleient sy&apos;n mewngofnodi gyda JWT wedi&apos;i lofnodi (private_key_jwt): cofrestrwch ef gyda&apos;i Set JWK gyhoeddus.</translation>
    </message>
    <message>
        <source>The server did not accept the client&apos;s signed assertion.</source>
        <translation>Ni dderbyniodd y gweinydd honiad llofnodedig y cleient.</translation>
    </message>
    <message>
        <source>%1 The server said: &quot;%2&quot;</source>
        <translation>%1 Dywedodd y gweinydd: &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ExplainScopesCommand</name>
    <message>
        <source>Cannot use the policy &quot;%1&quot;: %2</source>
        <translation>Ni ellir defnyddio&apos;r polisi &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The scope string is empty. Give scopes separated by spaces, for example &quot;user/Patient.read patient/Observation.rs&quot;.</source>
        <translation>Mae&apos;r llinyn cwmpasau&apos;n wag. Rhowch gwmpasau wedi&apos;u gwahanu gan fylchau, er enghraifft &quot;user/Patient.read patient/Observation.rs&quot;.</translation>
    </message>
    <message>
        <source>None of the scopes could be read:</source>
        <translation>Nid oedd modd darllen yr un o&apos;r cwmpasau:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not recognised: %1 — %2</source>
        <translation>Heb ei adnabod: %1 — %2</translation>
    </message>
</context>
<context>
    <name>ExplorerCommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Dangos y cymorth hwn a gadael.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Dangos y fersiwn a gadael.</translation>
    </message>
    <message>
        <source>Print, for every resource type of the policy, whether the space-separated &lt;scopes&gt; open it and which scope it needs, then exit without opening a window.</source>
        <translation>Argraffu, ar gyfer pob math o adnodd yn y polisi, a yw&apos;r &lt;cwmpasau&gt; (wedi&apos;u gwahanu gan fylchau) yn ei agor a pha gwmpas sydd ei angen arno, yna gadael heb agor ffenestr.</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>cwmpasau</translation>
    </message>
    <message>
        <source>The scope policy: &quot;ccri&quot; (the CCRI table, the default), &quot;smart&quot; (each type needs read access to itself), or the path of a policy JSON file.</source>
        <translation>Y polisi cwmpasau: &quot;ccri&quot; (tabl y CCRI, y rhagosodiad), &quot;smart&quot; (mae angen mynediad darllen i bob math iddo&apos;i hun), neu lwybr ffeil JSON polisi.</translation>
    </message>
    <message>
        <source>ccri|smart|file</source>
        <translation>ccri|smart|ffeil</translation>
    </message>
    <message>
        <source>With --explain-scopes: print one JSON array, in policy order.</source>
        <translation>Gyda --explain-scopes: argraffu un arae JSON, yn nhrefn y polisi.</translation>
    </message>
    <message>
        <source>Open the window with &lt;scopes&gt; in the scope preview (for training).</source>
        <translation>Agor y ffenestr gyda &lt;cwmpasau&gt; yn y rhagolwg cwmpasau (ar gyfer hyfforddiant).</translation>
    </message>
    <message>
        <source>CareConnect Explorer: browse SMART-on-FHIR secured FHIR servers and see which resource types your scopes open, and why.</source>
        <translation>CareConnect Explorer: pori gweinyddion FHIR sydd wedi&apos;u diogelu gan SMART-on-FHIR a gweld pa fathau o adnoddau y mae eich cwmpasau&apos;n eu hagor, a pham.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Put a scope string in quotes after --explain-scopes.</source>
        <translation>Dadl annisgwyl &quot;%1&quot;. Rhowch linyn cwmpasau mewn dyfynodau ar ôl --explain-scopes.</translation>
    </message>
    <message>
        <source>--preview-scopes opens the window; it cannot be combined with --explain-scopes.</source>
        <translation>Mae --preview-scopes yn agor y ffenestr; ni ellir ei gyfuno â --explain-scopes.</translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation>Rhoddwyd --%1 fwy nag unwaith.</translation>
    </message>
    <message>
        <source>--policy needs &quot;ccri&quot;, &quot;smart&quot; or the path of a policy file.</source>
        <translation>Mae angen &quot;ccri&quot;, &quot;smart&quot; neu lwybr ffeil polisi ar --policy.</translation>
    </message>
    <message>
        <source>CareConnect Explorer %1</source>
        <translation>CareConnect Explorer %1</translation>
    </message>
    <message>
        <source>Start the local CCRI sandbox inside the explorer and select its profile.</source>
        <translation>Dechrau blwch tywod CCRI lleol y tu mewn i&apos;r rhaglen a dewis ei broffil.</translation>
    </message>
    <message>
        <source>The FHIR base URL of a SMART-secured server: reuses the saved profile with this URL and client id, or saves a new one. Needs --client-id.</source>
        <translation>URL sylfaen FHIR gweinydd sydd wedi&apos;i ddiogelu gan SMART: yn ailddefnyddio&apos;r proffil a gadwyd gyda&apos;r URL a&apos;r id cleient hwn, neu&apos;n cadw un newydd. Angen --client-id.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The OAuth2 client id to sign in with (with --server).</source>
        <translation>Yr id cleient OAuth2 i fewngofnodi ag ef (gyda --server).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The space-separated scopes the profile asks for. Without it: the read scopes its policy names plus &quot;openid fhirUser profile offline_access&quot;.</source>
        <translation>Y cwmpasau (wedi&apos;u gwahanu gan fylchau) y mae&apos;r proffil yn gofyn amdanynt. Hebddo: y cwmpasau darllen y mae ei bolisi&apos;n eu henwi ynghyd â &quot;openid fhirUser profile offline_access&quot;.</translation>
    </message>
    <message>
        <source>The redirect URI registered for the client.</source>
        <translation>Yr URI ailgyfeirio a gofrestrwyd ar gyfer y cleient.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Open the sign-in window at once, or resume the session saved for the profile.</source>
        <translation>Agor y ffenestr fewngofnodi ar unwaith, neu ailddechrau&apos;r sesiwn a gadwyd ar gyfer y proffil.</translation>
    </message>
    <message>
        <source>--%1 opens the window; it cannot be combined with --explain-scopes.</source>
        <translation>Mae --%1 yn agor y ffenestr; ni ellir ei gyfuno â --explain-scopes.</translation>
    </message>
    <message>
        <source>Choose either --sandbox or --server, not both.</source>
        <translation>Dewiswch naill ai --sandbox neu --server, nid y ddau.</translation>
    </message>
    <message>
        <source>--server and --client-id go together: give the FHIR base URL and the client id.</source>
        <translation>Mae --server a --client-id yn mynd gyda&apos;i gilydd: rhowch URL sylfaen FHIR a&apos;r id cleient.</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// FHIR base URL, for example https://example.org/fhir/STU3.</source>
        <translation>Mae angen URL sylfaen FHIR http:// neu https:// ar --server, er enghraifft https://example.org/fhir/STU3.</translation>
    </message>
    <message>
        <source>--client-id needs the client id registered with the server.</source>
        <translation>Mae angen yr id cleient a gofrestrwyd gyda&apos;r gweinydd ar --client-id.</translation>
    </message>
    <message>
        <source>--redirect-uri needs an absolute URI, for example http://127.0.0.1/callback.</source>
        <translation>Mae angen URI absoliwt ar --redirect-uri, er enghraifft http://127.0.0.1/callback.</translation>
    </message>
    <message>
        <source>--%1 shapes a server profile: give --sandbox or --server with it.</source>
        <translation>Mae --%1 yn llunio proffil gweinydd: rhowch --sandbox neu --server gydag ef.</translation>
    </message>
    <message>
        <source>--redirect-uri: %1</source>
        <translation>--redirect-uri: %1</translation>
    </message>
    <message>
        <source>Sign in as a backend service (SMART Backend Services): client credentials with system/ scopes, no browser. Needs --server.</source>
        <translation>Mewngofnodi fel gwasanaeth cefn (SMART Backend Services): manylion cleient gyda chwmpasau system/, dim porwr. Angen --server.</translation>
    </message>
    <message>
        <source>The client&apos;s private key (unencrypted PEM) for signed-JWT client authentication (private_key_jwt): imported into the keychain, after which the file may be deleted. Needs --server.</source>
        <translation>Allwedd breifat y cleient (PEM heb ei hamgryptio) ar gyfer dilysu cleient â JWT wedi&apos;i lofnodi (private_key_jwt): fe&apos;i mewnforir i&apos;r gadwyn allweddi, ac wedyn gellir dileu&apos;r ffeil. Angen --server.</translation>
    </message>
    <message>
        <source>file.pem</source>
        <translation>ffeil.pem</translation>
    </message>
    <message>
        <source>The key&apos;s signing algorithm: RS384 (the default), ES384, RS512 (NHS England) or RS256.</source>
        <translation>Algorithm llofnodi&apos;r allwedd: RS384 (y rhagosodiad), ES384, RS512 (GIG Lloegr) neu RS256.</translation>
    </message>
    <message>
        <source>alg</source>
        <translation>alg</translation>
    </message>
    <message>
        <source>--export-jwks prints and exits; it cannot be combined with --%1.</source>
        <translation>Mae --export-jwks yn argraffu ac yn gadael; ni ellir ei gyfuno â --%1.</translation>
    </message>
    <message>
        <source>--%1 shapes a server profile: give --server and --client-id with it.</source>
        <translation>Mae --%1 yn llunio proffil gweinydd: rhowch --server a --client-id gydag ef.</translation>
    </message>
    <message>
        <source>--private-key needs the path of a PEM private key file.</source>
        <translation>Mae --private-key angen llwybr ffeil allwedd breifat PEM.</translation>
    </message>
    <message>
        <source>--signing-alg &quot;%1&quot; is not one of %2.</source>
        <translation>Nid yw --signing-alg &quot;%1&quot; yn un o %2.</translation>
    </message>
    <message>
        <source>--signing-alg says how --private-key signs: give the key file with it.</source>
        <translation>Mae --signing-alg yn dweud sut mae --private-key yn llofnodi: rhowch y ffeil allwedd gydag ef.</translation>
    </message>
    <message>
        <source>Print the public JWK Set of the profile chosen by --server and --client-id, or of the --private-key file (to register the app with a server), then exit without opening a window.</source>
        <translation>Argraffu Set JWK gyhoeddus y proffil a ddewisir gan --server a --client-id, neu&apos;r ffeil --private-key (i gofrestru&apos;r ap gyda gweinydd), yna gadael heb agor ffenestr.</translation>
    </message>
    <message>
        <source>--export-jwks needs either --server and --client-id (a profile&apos;s key, from the keychain) or --private-key (a key file).</source>
        <translation>Mae --export-jwks angen naill ai --server a --client-id (allwedd proffil, o&apos;r gadwyn allweddi) neu --private-key (ffeil allwedd).</translation>
    </message>
    <message>
        <source>Check the SMART server at this FHIR base URL (discovery, keys, PKCE, TLS, endpoints; with --client-id also an authorization request), print what is right and what is wrong, and exit without opening a window: 0 when no check fails, 1 when one does. --json prints the report as JSON.</source>
        <translation>Gwirio&apos;r gweinydd SMART yn yr URL sylfaen FHIR hwn (darganfod, allweddi, PKCE, TLS, pwyntiau terfyn; gyda --client-id hefyd gais awdurdodi), argraffu beth sy&apos;n iawn a beth sy&apos;n anghywir, a gadael heb agor ffenestr: 0 pan nad oes gwiriad yn methu, 1 pan fo un yn methu. Mae --json yn argraffu&apos;r adroddiad fel JSON.</translation>
    </message>
    <message>
        <source>--check-server prints a report and exits; it cannot be combined with --%1.</source>
        <translation>Mae --check-server yn argraffu adroddiad ac yn gadael; ni ellir ei gyfuno â --%1.</translation>
    </message>
    <message>
        <source>--json only goes with --explain-scopes or --check-server.</source>
        <translation>Dim ond gyda --explain-scopes neu --check-server y mae --json yn mynd.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Dadl annisgwyl &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--check-server needs an http:// or https:// FHIR base URL, for example https://example.org/fhir/STU3.</source>
        <translation>Mae angen URL sylfaen FHIR http:// neu https:// ar --check-server, er enghraifft https://example.org/fhir/STU3.</translation>
    </message>
    <message>
        <source>--%1 shapes the authorization request: give --client-id with it.</source>
        <translation>Mae --%1 yn llunio&apos;r cais awdurdodi: rhowch --client-id gydag ef.</translation>
    </message>
    <message>
        <source>With --sandbox: STU3 (Care Connect, the default) or R4 (UK Core): which of the sandbox&apos;s FHIR bases to sign in to.</source>
        <translation>Gyda --sandbox: STU3 (Care Connect, y rhagosodiad) neu R4 (UK Core): i ba un o seiliau FHIR y blwch tywod i fewngofnodi.</translation>
    </message>
    <message>
        <source>release</source>
        <translation>rhyddhad</translation>
    </message>
    <message>
        <source>Once signed in, open the Overview of the patient with this NHS number.</source>
        <translation>Ar ôl mewngofnodi, agor Trosolwg y claf sydd â&apos;r rhif GIG hwn.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>rhif</translation>
    </message>
    <message>
        <source>--patient-nhs-number opens the window; it cannot be combined with --explain-scopes.</source>
        <translation>Mae --patient-nhs-number yn agor y ffenestr; ni ellir ei gyfuno â --explain-scopes.</translation>
    </message>
    <message>
        <source>--patient-nhs-number: %1</source>
        <translation>--patient-nhs-number: %1</translation>
    </message>
    <message>
        <source>--fhir-version &quot;%1&quot; is not STU3 or R4.</source>
        <translation>Nid yw --fhir-version &quot;%1&quot; yn STU3 nac yn R4.</translation>
    </message>
    <message>
        <source>--fhir-version chooses the sandbox&apos;s base: give it once, with --sandbox.</source>
        <translation>Mae --fhir-version yn dewis sail y blwch tywod: rhowch ef unwaith, gyda --sandbox.</translation>
    </message>
</context>
<context>
    <name>ExtraHeaders</name>
    <message>
        <source>&quot;%1&quot; is not a header: write it as Name: value, for example X-Request-ID: {uuid}.</source>
        <translation>Nid yw &quot;%1&quot; yn bennawd: ysgrifennwch ef fel Enw: gwerth, er enghraifft X-Request-ID: {uuid}.</translation>
    </message>
    <message>
        <source>The %1 header cannot be set here: the explorer sets it itself.</source>
        <translation>Ni ellir gosod y pennawd %1 yma: mae&apos;r rhaglen yn ei osod ei hun.</translation>
    </message>
    <message>
        <source>The header %1 needs a value on the same line.</source>
        <translation>Mae angen gwerth ar yr un llinell ar y pennawd %1.</translation>
    </message>
</context>
<context>
    <name>Fault</name>
    <message>
        <source>Every access token, old or new, is refused as expired.</source>
        <translation>Gwrthodir pob tocyn mynediad, hen neu newydd, fel un sydd wedi dod i ben.</translation>
    </message>
    <message>
        <source>Every refresh token is refused with invalid_grant, as if it had expired.</source>
        <translation>Gwrthodir pob tocyn adnewyddu gydag invalid_grant, fel petai wedi dod i ben.</translation>
    </message>
    <message>
        <source>The token endpoint answers with this error (html: a broken proxy&apos;s HTML page).</source>
        <translation>Mae&apos;r pwynt terfyn tocynnau&apos;n ateb gyda&apos;r gwall hwn (html: tudalen HTML dirprwy sydd wedi torri).</translation>
    </message>
    <message>
        <source>Every FHIR answer is held back this many milliseconds.</source>
        <translation>Dalir pob ateb FHIR yn ôl am y nifer hwn o filieiliadau.</translation>
    </message>
    <message>
        <source>Every FHIR request gets 503 Service Unavailable with an OperationOutcome.</source>
        <translation>Mae pob cais FHIR yn cael 503 Service Unavailable gydag OperationOutcome.</translation>
    </message>
    <message>
        <source>Tokens are issued with iat and nbf this many seconds in the future (negative: in the past).</source>
        <translation>Cyhoeddir tocynnau gydag iat a nbf y nifer hwn o eiliadau yn y dyfodol (negyddol: yn y gorffennol).</translation>
    </message>
    <message>
        <source>The server grants one requested resource scope fewer than the user ticked.</source>
        <translation>Mae&apos;r gweinydd yn caniatáu un cwmpas adnodd y gofynnwyd amdano yn llai nag a diciodd y defnyddiwr.</translation>
    </message>
    <message>
        <source>PKCE is not enforced: the plain method and a missing verifier are accepted. Only to show what PKCE prevents.</source>
        <translation>Ni orfodir PKCE: derbynnir y dull plain a dilysydd coll. Dim ond i ddangos beth mae PKCE yn ei atal.</translation>
    </message>
</context>
<context>
    <name>IdTokenCheck</name>
    <message>
        <source>no kid</source>
        <translation>dim kid</translation>
    </message>
    <message>
        <source>ID token not checked in this session: decoded for display only.</source>
        <translation>Ni wiriwyd y tocyn ID yn y sesiwn hon: wedi&apos;i ddatgodio i&apos;w ddangos yn unig.</translation>
    </message>
    <message>
        <source>ID token signature checked against the server&apos;s keys (kid %1); issuer, audience, nonce and expiry match.</source>
        <translation>Llofnod y tocyn ID wedi&apos;i wirio yn erbyn allweddi&apos;r gweinydd (kid %1); mae&apos;r cyhoeddwr, y gynulleidfa, y nonce a&apos;r dyddiad dod i ben yn cyfateb.</translation>
    </message>
    <message>
        <source>ID token signature not checked: the server does not publish its keys (no jwks_uri). Decoded for display only.</source>
        <translation>Ni wiriwyd llofnod y tocyn ID: nid yw&apos;r gweinydd yn cyhoeddi ei allweddi (dim jwks_uri). Wedi&apos;i ddatgodio i&apos;w ddangos yn unig.</translation>
    </message>
    <message>
        <source>ID token signature not checked: the server&apos;s key set could not be read. Decoded for display only.</source>
        <translation>Ni wiriwyd llofnod y tocyn ID: nid oedd modd darllen set allweddi&apos;r gweinydd. Wedi&apos;i ddatgodio i&apos;w ddangos yn unig.</translation>
    </message>
    <message>
        <source>The ID token was refused: none of the server&apos;s keys has its kid (%1).</source>
        <translation>Gwrthodwyd y tocyn ID: nid oes gan yr un o allweddi&apos;r gweinydd ei kid (%1).</translation>
    </message>
    <message>
        <source>The ID token was refused: its signature does not match the server&apos;s key (kid %1).</source>
        <translation>Gwrthodwyd y tocyn ID: nid yw ei lofnod yn cyfateb i allwedd y gweinydd (kid %1).</translation>
    </message>
    <message>
        <source>The ID token was refused: its nonce is missing or is not the one this sign-in sent, so it may have been replayed.</source>
        <translation>Gwrthodwyd y tocyn ID: mae ei nonce ar goll neu nid dyma&apos;r un a anfonodd y mewngofnodi hwn, felly efallai ei fod wedi&apos;i ailchwarae.</translation>
    </message>
    <message>
        <source>The ID token was refused: it was issued by another server than the one signed in to.</source>
        <translation>Gwrthodwyd y tocyn ID: fe&apos;i cyhoeddwyd gan weinydd arall, nid yr un y mewngofnodwyd iddo.</translation>
    </message>
    <message>
        <source>The ID token was refused: it was not issued for this client.</source>
        <translation>Gwrthodwyd y tocyn ID: ni chafodd ei gyhoeddi ar gyfer y cleient hwn.</translation>
    </message>
    <message>
        <source>The ID token has expired (by this computer&apos;s clock).</source>
        <translation>Mae&apos;r tocyn ID wedi dod i ben (yn ôl cloc y cyfrifiadur hwn).</translation>
    </message>
    <message>
        <source>The ID token&apos;s issue time (iat or nbf) is far from this computer&apos;s clock, so the server&apos;s clock and this computer&apos;s differ. Tokens may be refused as not yet valid or expired early: check both clocks.</source>
        <translation>Mae amser cyhoeddi&apos;r tocyn adnabod (iat neu nbf) ymhell o gloc y cyfrifiadur hwn, felly mae cloc y gweinydd a chloc y cyfrifiadur hwn yn wahanol. Gall tocynnau gael eu gwrthod fel rhai nad ydynt yn ddilys eto neu rai sydd wedi dod i ben yn gynnar: gwiriwch y ddau gloc.</translation>
    </message>
</context>
<context>
    <name>IdTokenVerifier</name>
    <message>
        <source>%1 is %2 seconds from now.</source>
        <translation>Mae %1 %2 eiliad o nawr.</translation>
    </message>
</context>
<context>
    <name>JwtDecoder</name>
    <message>
        <source>There is no token.</source>
        <translation>Nid oes tocyn.</translation>
    </message>
    <message>
        <source>This token is not a JWT (it does not have the header.claims.signature shape), so there is nothing to decode; the server alone knows what it means.</source>
        <translation>Nid JWT yw&apos;r tocyn hwn (nid oes ganddo&apos;r ffurf header.claims.signature), felly nid oes dim i&apos;w ddatgodio; dim ond y gweinydd sy&apos;n gwybod beth mae&apos;n ei olygu.</translation>
    </message>
    <message>
        <source>The token&apos;s header is not base64url-encoded JSON.</source>
        <translation>Nid yw pennyn y tocyn yn JSON wedi&apos;i amgodio â base64url.</translation>
    </message>
    <message>
        <source>The token&apos;s claims are not base64url-encoded JSON.</source>
        <translation>Nid yw honiadau&apos;r tocyn yn JSON wedi&apos;i amgodio â base64url.</translation>
    </message>
</context>
<context>
    <name>NhsNumber</name>
    <message>
        <source>Enter an NHS number.</source>
        <translation>Rhowch rif GIG.</translation>
    </message>
    <message>
        <source>An NHS number has digits only.</source>
        <translation>Dim ond digidau sydd mewn rhif GIG.</translation>
    </message>
    <message numerus="yes">
        <source>An NHS number has 10 digits; this one has %n.</source>
        <translation>
            <numerusform>Mae gan rif GIG 10 digid; mae gan hwn %n.</numerusform>
            <numerusform>Mae gan rif GIG 10 digid; mae gan hwn %n.</numerusform>
            <numerusform>Mae gan rif GIG 10 digid; mae gan hwn %n.</numerusform>
            <numerusform>Mae gan rif GIG 10 digid; mae gan hwn %n.</numerusform>
            <numerusform>Mae gan rif GIG 10 digid; mae gan hwn %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a valid NHS number: no check digit fits its first nine digits. Check it for a typing error.</source>
        <translation>Nid yw %1 yn rhif GIG dilys: nid oes digid gwirio sy&apos;n cyd-fynd â&apos;i naw digid cyntaf. Gwiriwch am wall teipio.</translation>
    </message>
    <message>
        <source>%1 is not a valid NHS number: its check digit should be %2, not %3. Check it for a typing error.</source>
        <translation>Nid yw %1 yn rhif GIG dilys: dylai ei ddigid gwirio fod yn %2, nid %3. Gwiriwch am wall teipio.</translation>
    </message>
</context>
<context>
    <name>ProbeFinding</name>
    <message>
        <source>pass</source>
        <translation>llwyddo</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>rhybudd</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>methu</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>%1 passed, %2 warnings, %3 failed</source>
        <translation>%1 wedi llwyddo, %2 rhybudd, %3 wedi methu</translation>
    </message>
    <message>
        <source>Server check: %1</source>
        <translation>Gwiriad gweinydd: %1</translation>
    </message>
    <message>
        <source>Checked %1. %2.</source>
        <translation>Gwiriwyd %1. %2.</translation>
    </message>
    <message>
        <source>Client id %1, redirect URI %2.</source>
        <translation>Id cleient %1, URI ailgyfeirio %2.</translation>
    </message>
    <message>
        <source>No client id given: the authorization request was not checked.</source>
        <translation>Ni roddwyd id cleient: ni wiriwyd y cais awdurdodi.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rheol</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>Beth welsom ni</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Beth i&apos;w newid</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Ffynhonnell:</translation>
    </message>
    <message>
        <source>Seen:</source>
        <translation>Gwelwyd:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Newid:</translation>
    </message>
    <message>
        <source>No client id given (--client-id): the authorization request was not checked.</source>
        <translation>Ni roddwyd id cleient (--client-id): ni wiriwyd y cais awdurdodi.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Built-in profiles can&apos;t be removed; duplicate one to change it freely.</source>
        <translation>Ni ellir tynnu proffiliau adeiledig; dyblygwch un i&apos;w newid yn rhydd.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copi)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>[1 item]</source>
        <translation>[1 eitem]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 eitem]</translation>
    </message>
    <message>
        <source>{1 field}</source>
        <translation>{1 maes}</translation>
    </message>
    <message>
        <source>{%1 fields}</source>
        <translation>{%1 maes}</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y Rhagosodiadau</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ailgynnig</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Rhoi&apos;r gorau iddi</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo Lleoliad y &amp;Ddolen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>ResourceTypeInfo</name>
    <message>
        <source>The people receiving care: names, NHS numbers, dates of birth, addresses and contacts.</source>
        <translation>Y bobl sy&apos;n cael gofal: enwau, rhifau GIG, dyddiadau geni, cyfeiriadau a chysylltiadau.</translation>
    </message>
    <message>
        <source>Measurements and findings: blood pressure, heart rate, temperature, weight, BMI, smoking status.</source>
        <translation>Mesuriadau a chanfyddiadau: pwysedd gwaed, cyfradd curiad y galon, tymheredd, pwysau, BMI, statws ysmygu.</translation>
    </message>
    <message>
        <source>Contacts between a patient and a care provider: appointments, admissions, home visits.</source>
        <translation>Cysylltiadau rhwng claf a darparwr gofal: apwyntiadau, derbyniadau, ymweliadau cartref.</translation>
    </message>
    <message>
        <source>Problems, diagnoses and health concerns recorded for a patient.</source>
        <translation>Problemau, diagnosisau a phryderon iechyd a gofnodwyd ar gyfer claf.</translation>
    </message>
    <message>
        <source>Things done to or for a patient: operations, assessments, counselling, therapies.</source>
        <translation>Pethau a wnaed i glaf neu ar ei ran: llawdriniaethau, asesiadau, cwnsela, therapïau.</translation>
    </message>
    <message>
        <source>Allergies and intolerances, with their reactions and how certain they are.</source>
        <translation>Alergeddau ac anoddefiadau, gyda&apos;u hadweithiau a pha mor sicr ydynt.</translation>
    </message>
    <message>
        <source>Prescriptions: orders for a medicine to be supplied and taken.</source>
        <translation>Presgripsiynau: gorchmynion i gyflenwi a chymryd meddyginiaeth.</translation>
    </message>
    <message>
        <source>Medicines a patient is taking, has taken or will take, as reported.</source>
        <translation>Meddyginiaethau y mae claf yn eu cymryd, wedi&apos;u cymryd neu a fydd yn eu cymryd, fel y&apos;u hadroddwyd.</translation>
    </message>
    <message>
        <source>Vaccinations given to a patient, or recorded as not given.</source>
        <translation>Brechiadau a roddwyd i glaf, neu a gofnodwyd fel rhai na roddwyd.</translation>
    </message>
    <message>
        <source>Clinical documents: letters, discharge summaries and reports, with their metadata.</source>
        <translation>Dogfennau clinigol: llythyrau, crynodebau rhyddhau ac adroddiadau, gyda&apos;u metadata.</translation>
    </message>
    <message>
        <source>The raw content of documents and attachments, such as PDFs and images.</source>
        <translation>Cynnwys crai dogfennau ac atodiadau, megis ffeiliau PDF a delweddau.</translation>
    </message>
    <message>
        <source>FHIR %1 resources.</source>
        <translation>Adnoddau FHIR %1.</translation>
    </message>
</context>
<context>
    <name>ScopeReport</name>
    <message>
        <source>Resource type</source>
        <translation>Math o adnodd</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Mynediad</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>caniatawyd</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>ddim ar gael</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of %2 resource types open with these scopes.</source>
        <translation>
            <numerusform>%1: %n o %2 math o adnodd ar agor gyda&apos;r cwmpasau hyn.</numerusform>
            <numerusform>%1: %n o %2 math o adnodd ar agor gyda&apos;r cwmpasau hyn.</numerusform>
            <numerusform>%1: %n o %2 math o adnodd ar agor gyda&apos;r cwmpasau hyn.</numerusform>
            <numerusform>%1: %n o %2 math o adnodd ar agor gyda&apos;r cwmpasau hyn.</numerusform>
            <numerusform>%1: %n o %2 math o adnodd ar agor gyda&apos;r cwmpasau hyn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Cwmpas</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>angen %1</translation>
    </message>
    <message>
        <source>%1, granted by %2</source>
        <translation>%1, caniatawyd gan %2</translation>
    </message>
    <message>
        <source>Not recognised:</source>
        <translation>Heb eu hadnabod:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>rhannol</translation>
    </message>
    <message numerus="yes">
        <source>%n of them only in part.</source>
        <translation>
            <numerusform>%n ohonynt yn rhannol yn unig.</numerusform>
            <numerusform>%n ohonynt yn rhannol yn unig.</numerusform>
            <numerusform>%n ohonynt yn rhannol yn unig.</numerusform>
            <numerusform>%n ohonynt yn rhannol yn unig.</numerusform>
            <numerusform>%n ohonynt yn rhannol yn unig.</numerusform>
        </translation>
    </message>
    <message>
        <source>only %1, granted by %2; %3 would open the rest</source>
        <translation>dim ond %1, caniatawyd gan %2; byddai %3 yn agor y gweddill</translation>
    </message>
    <message>
        <source> or </source>
        <translation> neu </translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Nodiadau:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Mae angen enw ar y proffil.</translation>
    </message>
    <message>
        <source>The FHIR base URL must be an http:// or https:// address, for example https://example.org/fhir/STU3.</source>
        <translation>Rhaid i URL sylfaen FHIR fod yn gyfeiriad http:// neu https://, er enghraifft https://example.org/fhir/STU3.</translation>
    </message>
    <message>
        <source>The profile needs a client id.</source>
        <translation>Mae angen id cleient ar y proffil.</translation>
    </message>
    <message>
        <source>The redirect URI is not a valid address.</source>
        <translation>Nid yw&apos;r URI ailgyfeirio yn gyfeiriad dilys.</translation>
    </message>
    <message>
        <source>The trusted CA file %1 holds no PEM certificate.</source>
        <translation>Nid oes tystysgrif PEM yn y ffeil CA ymddiried %1.</translation>
    </message>
    <message>
        <source>The embedded browser can&apos;t catch a redirect to “%1”: only an http:// or https:// address comes back to the explorer (an address such as uk.nhs.ccri.explorer:/callback never does, so sign-in would wait until Cancel). Use a loopback address such as http://127.0.0.1/callback, registered with the server for this client.</source>
        <translation>Ni all y porwr mewnol ddal ailgyfeiriad i “%1”: dim ond cyfeiriad http:// neu https:// sy&apos;n dod yn ôl i&apos;r archwiliwr (nid yw cyfeiriad fel uk.nhs.ccri.explorer:/callback byth yn gwneud hynny, felly byddai&apos;r mewngofnodi&apos;n aros tan Diddymu). Defnyddiwch gyfeiriad dolen-ôl fel http://127.0.0.1/callback, wedi&apos;i gofrestru gyda&apos;r gweinydd ar gyfer y cleient hwn.</translation>
    </message>
    <message>
        <source>Client credentials sign-in needs a confidential client with a secret or a signing key.</source>
        <translation>Mae mewngofnodi â manylion cleient angen cleient cyfrinachol gyda chyfrinach neu allwedd llofnodi.</translation>
    </message>
    <message>
        <source>The signing algorithm &quot;%1&quot; is not one of RS384, ES384, RS512 or RS256.</source>
        <translation>Nid yw&apos;r algorithm llofnodi &quot;%1&quot; yn un o RS384, ES384, RS512 neu RS256.</translation>
    </message>
</context>
<context>
    <name>SigningKeyStore</name>
    <message>
        <source>The profile &quot;%1&quot; signs in with a signed JWT, but no private key is saved for it. Generate or import a key in the profile.</source>
        <translation>Mae&apos;r proffil &quot;%1&quot; yn mewngofnodi gyda JWT wedi&apos;i lofnodi, ond nid oes allwedd breifat wedi&apos;i chadw ar ei gyfer. Crëwch neu mewnforiwch allwedd yn y proffil.</translation>
    </message>
    <message>
        <source>The profile&apos;s signing algorithm &quot;%1&quot; is not one this app signs with.</source>
        <translation>Nid yw algorithm llofnodi&apos;r proffil, &quot;%1&quot;, yn un y mae&apos;r ap hwn yn llofnodi ag ef.</translation>
    </message>
    <message>
        <source>The private key saved for the profile &quot;%1&quot; can&apos;t be used: %2</source>
        <translation>Ni ellir defnyddio&apos;r allwedd breifat a gadwyd ar gyfer y proffil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signing algorithm; use RS384, ES384, RS512 or RS256.</source>
        <translation>Nid yw &quot;%1&quot; yn algorithm llofnodi; defnyddiwch RS384, ES384, RS512 neu RS256.</translation>
    </message>
    <message>
        <source>The key file %1 can&apos;t be read: %2</source>
        <translation>Ni ellir darllen y ffeil allwedd %1: %2</translation>
    </message>
    <message>
        <source>The key file %1 can&apos;t be used: %2</source>
        <translation>Ni ellir defnyddio&apos;r ffeil allwedd %1: %2</translation>
    </message>
</context>
<context>
    <name>SmartConfiguration</name>
    <message>
        <source>an HTML or XML page instead of JSON</source>
        <translation>tudalen HTML neu XML yn lle JSON</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>ateb gwag</translation>
    </message>
    <message>
        <source>text that is not valid JSON (%1 at offset %2)</source>
        <translation>testun nad yw&apos;n JSON dilys (%1 wrth wrthbwyso %2)</translation>
    </message>
    <message>
        <source>JSON that is not an object</source>
        <translation>JSON nad yw&apos;n wrthrych</translation>
    </message>
    <message>
        <source>a SMART configuration without a token_endpoint</source>
        <translation>ffurfweddiad SMART heb token_endpoint</translation>
    </message>
    <message>
        <source>JSON that is not a CapabilityStatement</source>
        <translation>JSON nad yw&apos;n CapabilityStatement</translation>
    </message>
    <message>
        <source>a CapabilityStatement without the SMART oauth-uris extension</source>
        <translation>CapabilityStatement heb yr estyniad SMART oauth-uris</translation>
    </message>
</context>
<context>
    <name>TokenRecord</name>
    <message>
        <source>The saved session is damaged and can&apos;t be read.</source>
        <translation>Mae&apos;r sesiwn a gadwyd wedi&apos;i difrodi ac ni ellir ei darllen.</translation>
    </message>
    <message>
        <source>The saved session holds no token.</source>
        <translation>Nid oes tocyn yn y sesiwn a gadwyd.</translation>
    </message>
    <message>
        <source>The token endpoint did not answer with JSON.</source>
        <translation>Ni atebodd y pwynt terfyn tocynnau gyda JSON.</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer has no access token.</source>
        <translation>Nid oes tocyn mynediad yn ateb y pwynt terfyn tocynnau.</translation>
    </message>
    <message>
        <source>The server issued a &quot;%1&quot; token; only Bearer tokens are supported.</source>
        <translation>Cyhoeddodd y gweinydd docyn &quot;%1&quot;; dim ond tocynnau Bearer a gefnogir.</translation>
    </message>
</context>
<context>
    <name>TokenServers</name>
    <message>
        <source>Authorization server (issuer): %1</source>
        <translation>Gweinydd awdurdodi (cyhoeddwr): %1</translation>
    </message>
    <message>
        <source>FHIR server (aud): %1</source>
        <translation>Gweinydd FHIR (aud): %1</translation>
    </message>
    <message>
        <source>Note: this token&apos;s aud (%1) is not the FHIR base in use (%2).</source>
        <translation>Sylwch: nid aud y tocyn hwn (%1) yw&apos;r sylfaen FHIR sy&apos;n cael ei defnyddio (%2).</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>Tokens can&apos;t be saved on this computer; you&apos;ll sign in again next time</source>
        <translation>Ni ellir cadw tocynnau ar y cyfrifiadur hwn; byddwch yn mewngofnodi eto y tro nesaf</translation>
    </message>
</context>
<context>
    <name>ccri::AccountController</name>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;yfrif</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Mewngofnodi…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Allgofnodi</translation>
    </message>
    <message>
        <source>Server &amp;profiles…</source>
        <translation>&amp;Proffiliau gweinydd…</translation>
    </message>
    <message>
        <source>&amp;Forget all saved sessions</source>
        <translation>A&amp;nghofio pob sesiwn a gadwyd</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Wedi mewngofnodi.</translation>
    </message>
    <message>
        <source>Welcome back: your saved session was resumed.</source>
        <translation>Croeso&apos;n ôl: ailddechreuwyd eich sesiwn a gadwyd.</translation>
    </message>
    <message>
        <source>Signed out here, but the server may still accept the old tokens: %1</source>
        <translation>Wedi allgofnodi yma, ond efallai y bydd y gweinydd yn dal i dderbyn yr hen docynnau: %1</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Wedi allgofnodi.</translation>
    </message>
    <message>
        <source>Every saved session was forgotten.</source>
        <translation>Anghofiwyd pob sesiwn a gadwyd.</translation>
    </message>
    <message>
        <source>The profile&apos;s policy &quot;%1&quot; can&apos;t be used: %2</source>
        <translation>Ni ellir defnyddio polisi&apos;r proffil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 fel %2</translation>
    </message>
    <message>
        <source>The local sandbox is running at %1.</source>
        <translation>Mae&apos;r blwch tywod lleol yn rhedeg yn %1.</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Yn dechrau&apos;r blwch tywod lleol…</translation>
    </message>
    <message>
        <source>The local sandbox restarted with the policy &quot;%1&quot;, so its sessions ended; sign in again.</source>
        <translation>Ailddechreuodd y blwch tywod lleol gyda&apos;r polisi &quot;%1&quot;, felly daeth ei sesiynau i ben; mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Blwch tywod lleol</translation>
    </message>
    <message>
        <source>&amp;Check this server…</source>
        <translation>&amp;Gwirio&apos;r gweinydd hwn…</translation>
    </message>
</context>
<context>
    <name>ccri::ApplicationMenus</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Dewisiadau…</translation>
    </message>
    <message>
        <source>&amp;Training guide</source>
        <translation>Canllaw &amp;hyfforddi</translation>
    </message>
</context>
<context>
    <name>ccri::AttachmentViewer</name>
    <message>
        <source>Save to file…</source>
        <translation>Cadw i ffeil…</translation>
    </message>
    <message>
        <source>This document has no attachment to show.</source>
        <translation>Nid oes gan y ddogfen hon atodiad i&apos;w ddangos.</translation>
    </message>
    <message>
        <source>Not connected to a FHIR server.</source>
        <translation>Heb gysylltu â gweinydd FHIR.</translation>
    </message>
    <message>
        <source>Loading the attachment…</source>
        <translation>Yn llwytho&apos;r atodiad…</translation>
    </message>
    <message>
        <source>the attachment is neither raw bytes nor a Binary.</source>
        <translation>nid beitiau crai na Binary yw&apos;r atodiad.</translation>
    </message>
    <message>
        <source>The image (%1) could not be read; you can save it to a file.</source>
        <translation>Nid oedd modd darllen y ddelwedd (%1); gallwch ei chadw i ffeil.</translation>
    </message>
    <message>
        <source>The PDF could not be read; you can save it to a file.</source>
        <translation>Nid oedd modd darllen y PDF; gallwch ei gadw i ffeil.</translation>
    </message>
    <message>
        <source>The explorer cannot show %1 documents; save it to a file to open it elsewhere.</source>
        <translation>Ni all y rhaglen ddangos dogfennau %1; cadwch hi i ffeil i&apos;w hagor yn rhywle arall.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>atodiad</translation>
    </message>
    <message>
        <source>Choose a document, then press Open attachment below to show it here.</source>
        <translation>Dewiswch ddogfen, yna pwyswch Agor yr atodiad isod i&apos;w ddangos yma.</translation>
    </message>
</context>
<context>
    <name>ccri::CapabilityView</name>
    <message>
        <source>Load the server&apos;s CapabilityStatement to see what it offers.</source>
        <translation>Llwythwch CapabilityStatement y gweinydd i weld beth mae&apos;n ei gynnig.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Llwytho</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yn llwytho…</translation>
    </message>
    <message>
        <source>FHIR %1%2 — %3</source>
        <translation>FHIR %1%2 — %3</translation>
    </message>
    <message>
        <source>software not named</source>
        <translation>meddalwedd heb ei henwi</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>OAuth URIs</source>
        <translation>URIs OAuth</translation>
    </message>
    <message>
        <source>none advertised</source>
        <translation>dim wedi&apos;u hysbysebu</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Fformatau</translation>
    </message>
    <message>
        <source>Resource types</source>
        <translation>Mathau o adnoddau</translation>
    </message>
    <message>
        <source>Search parameters</source>
        <translation>Paramedrau chwilio</translation>
    </message>
    <message>
        <source>Server capabilities</source>
        <translation>Galluoedd y gweinydd</translation>
    </message>
</context>
<context>
    <name>ccri::DetailPane</name>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Coeden</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Atodiad</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copïo JSON</translation>
    </message>
    <message>
        <source>Save JSON…</source>
        <translation>Cadw JSON…</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Agor yr atodiad</translation>
    </message>
    <message>
        <source>Select a row to see the resource.</source>
        <translation>Dewiswch res i weld yr adnodd.</translation>
    </message>
    <message>
        <source>JSON copied.</source>
        <translation>Copïwyd y JSON.</translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation>Manylion yr adnodd</translation>
    </message>
    <message>
        <source>… (%1 in all: Copy JSON and Save JSON take everything)</source>
        <translation>… (%1 i gyd: mae Copïo JSON a Cadw JSON yn cymryd y cyfan)</translation>
    </message>
</context>
<context>
    <name>ccri::ExportJwksCommand</name>
    <message>
        <source>The profile &quot;%1&quot; does not sign in with a signed JWT, so it has no key to publish. Import one with --private-key or in the profile.</source>
        <translation>Nid yw&apos;r proffil &quot;%1&quot; yn mewngofnodi gyda JWT wedi&apos;i lofnodi, felly nid oes ganddo allwedd i&apos;w chyhoeddi. Mewnforiwch un gyda --private-key neu yn y proffil.</translation>
    </message>
    <message>
        <source>No profile for %1 with the client id &quot;%2&quot;. Import a key first: --server URL --client-id ID --private-key FILE.pem.</source>
        <translation>Dim proffil ar gyfer %1 gyda&apos;r id cleient &quot;%2&quot;. Mewnforiwch allwedd yn gyntaf: --server URL --client-id ID --private-key FFEIL.pem.</translation>
    </message>
</context>
<context>
    <name>ccri::FileSaver</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Nid oedd modd cadw %1: %2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Wedi&apos;i gadw yn %1.</translation>
    </message>
</context>
<context>
    <name>ccri::KeyboardShortcuts</name>
    <message>
        <source>&amp;Find a patient</source>
        <translation>Dod o hyd i &amp;glaf</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Tudalen &amp;nesaf</translation>
    </message>
    <message>
        <source>P&amp;revious page</source>
        <translation>Tudalen &amp;flaenorol</translation>
    </message>
</context>
<context>
    <name>ccri::LocalSandbox</name>
    <message>
        <source>This sandbox has no faults to switch.</source>
        <translation>Nid oes gan y blwch tywod hwn ddiffygion i&apos;w troi ymlaen.</translation>
    </message>
</context>
<context>
    <name>ccri::LocalSandboxLauncher</name>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation>Nid oedd y blwch tywod lleol yn gallu dechrau: %1</translation>
    </message>
</context>
<context>
    <name>ccri::LocalSandboxView</name>
    <message>
        <source>Local sandbox: addresses, demo accounts and clients</source>
        <translation>Blwch tywod lleol: cyfeiriadau, cyfrifon demo a chleientiaid</translation>
    </message>
    <message>
        <source>Show client secrets</source>
        <translation>Dangos cyfrinachau cleientiaid</translation>
    </message>
    <message>
        <source>The secrets of the sandbox&apos;s confidential demo clients, for the client-credentials exercise. They change at every start.</source>
        <translation>Cyfrinachau cleientiaid demo cyfrinachol y blwch tywod, ar gyfer yr ymarfer manylion cleient. Maen nhw&apos;n newid bob tro y mae&apos;n dechrau.</translation>
    </message>
    <message>
        <source>Requests the sandbox received:</source>
        <translation>Ceisiadau a gafodd y blwch tywod:</translation>
    </message>
    <message>
        <source>Requests the sandbox received</source>
        <translation>Ceisiadau a gafodd y blwch tywod</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <source>Hide client secrets</source>
        <translation>Cuddio cyfrinachau cleientiaid</translation>
    </message>
    <message>
        <source>The local sandbox is not running. It starts when you sign in with the &quot;Local CCRI sandbox&quot; profile.</source>
        <translation>Nid yw&apos;r blwch tywod lleol yn rhedeg. Mae&apos;n dechrau pan fyddwch yn mewngofnodi gyda&apos;r proffil &quot;Blwch tywod CCRI lleol&quot;.</translation>
    </message>
    <message>
        <source>The local sandbox runs inside this app, on this computer only.</source>
        <translation>Mae&apos;r blwch tywod lleol yn rhedeg y tu mewn i&apos;r ap hwn, ar y cyfrifiadur hwn yn unig.</translation>
    </message>
    <message>
        <source>Trainer&apos;s faults</source>
        <translation>Diffygion yr hyfforddwr</translation>
    </message>
    <message>
        <source>Switch a fault on to show the class a failure: it acts at once on every request to this sandbox, and the request log shows when it acts.</source>
        <translation>Trowch ddiffyg ymlaen i ddangos methiant i&apos;r dosbarth: mae&apos;n gweithredu ar unwaith ar bob cais i&apos;r blwch tywod hwn, ac mae&apos;r log ceisiadau yn dangos pryd mae&apos;n gweithredu.</translation>
    </message>
    <message>
        <source>Value of %1 (%2)</source>
        <translation>Gwerth %1 (%2)</translation>
    </message>
    <message>
        <source>Warning: the local sandbox is LENIENT about PKCE. It accepts the plain method and a missing code_verifier, so a stolen authorization code can be redeemed by anyone. For a training demonstration only.</source>
        <translation>Rhybudd: mae&apos;r blwch tywod lleol yn LLAC ynghylch PKCE. Mae&apos;n derbyn y dull plain a code_verifier coll, felly gall unrhyw un adbrynu cod awdurdodi sydd wedi&apos;i ddwyn. Ar gyfer arddangosiad hyfforddi yn unig.</translation>
    </message>
</context>
<context>
    <name>ccri::MainWindow</name>
    <message>
        <source>Scope preview</source>
        <translation>Rhagolwg cwmpasau</translation>
    </message>
    <message>
        <source>CareConnect Explorer</source>
        <translation>CareConnect Explorer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <source>&amp;Scope preview</source>
        <translation>&amp;Rhagolwg cwmpasau</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;About CareConnect Explorer</source>
        <translation>&amp;Ynghylch CareConnect Explorer</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n resource types open with these scopes.</source>
        <translation>
            <numerusform>%1 — %2 o %n math o adnodd ar agor gyda&apos;r cwmpasau hyn.</numerusform>
            <numerusform>%1 — %2 o %n math o adnodd ar agor gyda&apos;r cwmpasau hyn.</numerusform>
            <numerusform>%1 — %2 o %n math o adnodd ar agor gyda&apos;r cwmpasau hyn.</numerusform>
            <numerusform>%1 — %2 o %n math o adnodd ar agor gyda&apos;r cwmpasau hyn.</numerusform>
            <numerusform>%1 — %2 o %n math o adnodd ar agor gyda&apos;r cwmpasau hyn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shut: %1.</source>
        <translation>Ar gau: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>1 scope not recognised (see the scope preview).</source>
        <translation>1 cwmpas heb ei adnabod (gweler y rhagolwg cwmpasau).</translation>
    </message>
    <message>
        <source>%1 scopes not recognised (see the scope preview).</source>
        <translation>%1 cwmpas heb eu hadnabod (gweler y rhagolwg cwmpasau).</translation>
    </message>
    <message>
        <source>About CareConnect Explorer</source>
        <translation>Ynghylch CareConnect Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CareConnect Explorer %1&lt;/h3&gt;&lt;p&gt;Browse SMART-on-FHIR secured FHIR servers, starting with the NHS Care Connect Reference Implementation, and see which resource types your scopes open, and why.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CareConnect Explorer %1&lt;/h3&gt;&lt;p&gt;Porwch weinyddion FHIR sydd wedi&apos;u diogelu gan SMART-on-FHIR, gan ddechrau gyda Gweithrediad Cyfeirio Care Connect y GIG, a gweld pa fathau o adnoddau y mae eich cwmpasau&apos;n eu hagor, a pham.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Previewing scopes&lt;/b&gt; — the tabs show this preview, not your session. Reading still uses your session&apos;s token, so the server may refuse what the preview opens.</source>
        <translation>&lt;b&gt;Rhagolwg cwmpasau&lt;/b&gt; — mae&apos;r tabiau&apos;n dangos y rhagolwg hwn, nid eich sesiwn. Mae darllen yn dal i ddefnyddio tocyn eich sesiwn, felly efallai y bydd y gweinydd yn gwrthod yr hyn y mae&apos;r rhagolwg yn ei agor.</translation>
    </message>
    <message>
        <source>Back to my session</source>
        <translation>Yn ôl i&apos;m sesiwn</translation>
    </message>
    <message>
        <source>&lt;b&gt;Previewing scopes&lt;/b&gt; — the tabs show this preview. You are not signed in, so nothing can be read yet.</source>
        <translation>&lt;b&gt;Rhagolwg cwmpasau&lt;/b&gt; — mae&apos;r tabiau&apos;n dangos y rhagolwg hwn. Nid ydych wedi mewngofnodi, felly ni ellir darllen dim eto.</translation>
    </message>
    <message>
        <source>End preview</source>
        <translation>Gorffen y rhagolwg</translation>
    </message>
    <message>
        <source>Scope preview (not your session): </source>
        <translation>Rhagolwg cwmpasau (nid eich sesiwn): </translation>
    </message>
    <message>
        <source>Your session&apos;s scopes: </source>
        <translation>Cwmpasau eich sesiwn: </translation>
    </message>
    <message>
        <source>%1 — your session was granted no scopes, so every resource type is shut.</source>
        <translation>%1 — ni chaniatawyd unrhyw gwmpasau i&apos;ch sesiwn, felly mae pob math o adnodd ar gau.</translation>
    </message>
    <message>
        <source>%1 — not signed in, so every resource type is shut. Sign in (Account → Sign in…), or try scopes in View → Scope preview.</source>
        <translation>%1 — heb fewngofnodi, felly mae pob math o adnodd ar gau. Mewngofnodwch (Cyfrif → Mewngofnodi…), neu rhowch gynnig ar gwmpasau yn Gweld → Rhagolwg cwmpasau.</translation>
    </message>
    <message>
        <source>Open only in part: %1.</source>
        <translation>Ar agor yn rhannol yn unig: %1.</translation>
    </message>
</context>
<context>
    <name>ccri::PatientBanner</name>
    <message>
        <source>%1 years</source>
        <translation>%1 oed</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mis</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mis</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 diwrnod</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 diwrnod</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(dim enw)</translation>
    </message>
    <message>
        <source>NHS number: %1</source>
        <translation>Rhif GIG: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Ganwyd %1</translation>
    </message>
    <message>
        <source>Born %1 (%2)</source>
        <translation>Ganwyd %1 (%2)</translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>Rhywedd: %1</translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation>Dim claf wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>Search on the Patient tab and open a record.</source>
        <translation>Chwiliwch ar y tab Patient ac agorwch gofnod.</translation>
    </message>
</context>
<context>
    <name>ccri::PatientOverview</name>
    <message>
        <source>Patient overview</source>
        <translation>Trosolwg o’r claf</translation>
    </message>
    <message>
        <source>Allergies and intolerances</source>
        <translation>Alergeddau ac anoddefiadau</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergeddau</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemau</translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation>Meddyginiaethau cyfredol</translation>
    </message>
    <message>
        <source>Medication requests</source>
        <translation>Ceisiadau am feddyginiaeth</translation>
    </message>
    <message>
        <source>Medication statements</source>
        <translation>Datganiadau meddyginiaeth</translation>
    </message>
    <message>
        <source>Latest vital signs</source>
        <translation>Arwyddion hanfodol diweddaraf</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>Arwyddion hanfodol</translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation>Imiwneiddiadau</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dogfennau</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Yn llwytho %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a patient on the Patient tab.</source>
        <translation>Dewiswch glaf ar y tab Claf.</translation>
    </message>
    <message>
        <source>Entered in error: %1</source>
        <translation>Cofnodwyd trwy gamgymeriad: %1</translation>
    </message>
    <message>
        <source>%1 more in the %2 tab</source>
        <translation>%1 arall yn y tab %2</translation>
    </message>
</context>
<context>
    <name>ccri::PatientSearchPanel</name>
    <message>
        <source>I have checked which patient this is</source>
        <translation>Rwyf wedi gwirio pa glaf yw hwn</translation>
    </message>
    <message>
        <source>Records stay closed until you have checked the name, birth date and address.</source>
        <translation>Mae&apos;r cofnodion yn aros ar gau nes i chi wirio&apos;r enw, y dyddiad geni a&apos;r cyfeiriad.</translation>
    </message>
    <message>
        <source>any part of the name</source>
        <translation>unrhyw ran o&apos;r enw</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>cyfenw</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>enw cyntaf</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>BBBB-MM-DD</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Unrhyw</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Gwryw</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Open patient&apos;s record</source>
        <translation>Agor cofnod y claf</translation>
    </message>
    <message>
        <source>&amp;NHS number:</source>
        <translation>&amp;Rhif GIG:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Rhywedd:</translation>
    </message>
    <message>
        <source>Write the birth date as year-month-day, for example 1998-03-19.</source>
        <translation>Ysgrifennwch y dyddiad geni fel blwyddyn-mis-diwrnod, er enghraifft 1998-03-19.</translation>
    </message>
    <message>
        <source>Search anyway</source>
        <translation>Chwilio beth bynnag</translation>
    </message>
    <message>
        <source>Send this number although its check digit is wrong (test data sometimes is).</source>
        <translation>Anfon y rhif hwn er bod ei ddigid gwirio&apos;n anghywir (mae data prawf weithiau).</translation>
    </message>
    <message>
        <source>Family / given:</source>
        <translation>Cyfenw / enw cyntaf:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Dyddiad geni:</translation>
    </message>
    <message>
        <source>10 digits, such as 987 654 3210</source>
        <translation>10 digid, fel 987 654 3210</translation>
    </message>
    <message>
        <source>%1 patients share the NHS number %2.</source>
        <translation>Mae %1 claf yn rhannu&apos;r rhif GIG %2.</translation>
    </message>
    <message>
        <source>Warning: %1 An NHS number belongs to one person: check the name, birth date and address before you open a record, and report the duplicate.</source>
        <translation>Rhybudd: %1 Mae rhif GIG yn perthyn i un person: gwiriwch yr enw, y dyddiad geni a&apos;r cyfeiriad cyn i chi agor cofnod, a rhowch wybod am y dyblygiad.</translation>
    </message>
</context>
<context>
    <name>ccri::PolicyDecision</name>
    <message>
        <source>Available — not restricted by %1</source>
        <translation>Ar gael — heb ei gyfyngu gan %1</translation>
    </message>
    <message>
        <source>Available — granted by %1 (%2)</source>
        <translation>Ar gael — caniatawyd gan %1 (%2)</translation>
    </message>
    <message>
        <source>Unavailable — needs %1 (%2)</source>
        <translation>Ddim ar gael — angen %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> a </translation>
    </message>
    <message>
        <source> or </source>
        <translation> neu </translation>
    </message>
    <message>
        <source>Partly available — only %1 (%2), granted by %3 (%4); %5 would open the rest</source>
        <translation>Ar gael yn rhannol — dim ond %1 (%2), caniatawyd gan %3 (%4); byddai %5 yn agor y gweddill</translation>
    </message>
</context>
<context>
    <name>ccri::PreferencesDialog</name>
    <message>
        <source>&amp;High-contrast colours</source>
        <translation>Lliwiau &amp;cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Fel y system (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>A new language is used from the next time you start CareConnect Explorer.</source>
        <translation>Defnyddir iaith newydd o&apos;r tro nesaf y byddwch yn dechrau CareConnect Explorer.</translation>
    </message>
    <message>
        <source>White text on black with yellow selection and focus. Applies at once.</source>
        <translation>Testun gwyn ar ddu gyda dewis a ffocws melyn. Yn gweithio ar unwaith.</translation>
    </message>
</context>
<context>
    <name>ccri::ProbeDialog</name>
    <message>
        <source>Check &amp;again</source>
        <translation>Gwirio &amp;eto</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Cadw fel &amp;HTML…</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Cadw fel &amp;JSON…</translation>
    </message>
    <message>
        <source>Check this server</source>
        <translation>Gwirio&apos;r gweinydd hwn</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rheol</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>Beth welsom ni</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Beth i&apos;w newid</translation>
    </message>
    <message>
        <source>Checking: %1…</source>
        <translation>Yn gwirio: %1…</translation>
    </message>
    <message>
        <source>Checking %1 (no client id: the authorization request is not checked).</source>
        <translation>Yn gwirio %1 (dim id cleient: ni wirir y cais awdurdodi).</translation>
    </message>
    <message>
        <source>Checking %1 with client id %2 and redirect URI %3.</source>
        <translation>Yn gwirio %1 gyda&apos;r id cleient %2 a&apos;r URI ailgyfeirio %3.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Wedi gorffen: %1.</translation>
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation>Cadw&apos;r adroddiad fel HTML</translation>
    </message>
    <message>
        <source>Save the report as JSON</source>
        <translation>Cadw&apos;r adroddiad fel JSON</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>Tudalennau HTML (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Ffeiliau JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Nid oedd modd cadw %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Wedi cadw %1.</translation>
    </message>
</context>
<context>
    <name>ccri::ProfilesDialog</name>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>Proffiliau gweinydd</translation>
    </message>
    <message>
        <source>Public (PKCE, no secret)</source>
        <translation>Cyhoeddus (PKCE, dim cyfrinach)</translation>
    </message>
    <message>
        <source>Confidential (secret in the keychain)</source>
        <translation>Cyfrinachol (cyfrinach yn y cadwyn allweddi)</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved secret</source>
        <translation>Gadewch yn wag i gadw&apos;r gyfrinach a gadwyd</translation>
    </message>
    <message>
        <source>ccri, smart, or the path of a policy JSON file</source>
        <translation>ccri, smart, neu lwybr ffeil JSON polisi</translation>
    </message>
    <message>
        <source>Auto (unless the server rules out S256)</source>
        <translation>Awtomatig (oni bai fod y gweinydd yn gwrthod S256)</translation>
    </message>
    <message>
        <source>Always (S256)</source>
        <translation>Bob amser (S256)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>I ffwrdd</translation>
    </message>
    <message>
        <source>Embedded browser</source>
        <translation>Porwr mewnol</translation>
    </message>
    <message>
        <source>System browser</source>
        <translation>Porwr y system</translation>
    </message>
    <message>
        <source>Client credentials (system, no user)</source>
        <translation>Manylion cleient (system, dim defnyddiwr)</translation>
    </message>
    <message>
        <source>Presets for a demo role…</source>
        <translation>Rhagosodiadau ar gyfer rôl demo…</translation>
    </message>
    <message>
        <source>Scopes to request</source>
        <translation>Cwmpasau i ofyn amdanynt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dyblygu</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;FHIR base URL:</source>
        <translation>URL sylfaen &amp;FHIR:</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>Id &amp;cleient:</translation>
    </message>
    <message>
        <source>Client &amp;type:</source>
        <translation>&amp;Math o gleient:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>C&amp;yfrinach cleient:</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Polisi:</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>C&amp;wmpasau:</translation>
    </message>
    <message>
        <source>P&amp;KCE:</source>
        <translation>P&amp;KCE:</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>URI &amp;ailgyfeirio:</translation>
    </message>
    <message>
        <source>Sign-in &amp;mode:</source>
        <translation>&amp;Dull mewngofnodi:</translation>
    </message>
    <message>
        <source>Trusted &amp;CA file:</source>
        <translation>&amp;Ffeil CA ymddiried:</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>&amp;Defnyddio&apos;r proffil hwn</translation>
    </message>
    <message>
        <source>Add a scope the policy names…</source>
        <translation>Ychwanegu cwmpas a enwir gan y polisi…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>The in-process sandbox picks a free port at every start.</source>
        <translation>Mae&apos;r blwch tywod mewnol yn dewis porth rhydd bob tro y mae&apos;n dechrau.</translation>
    </message>
    <message>
        <source>A built-in profile: it can be edited and duplicated, not removed.</source>
        <translation>Proffil adeiledig: gellir ei olygu a&apos;i ddyblygu, ond nid ei dynnu.</translation>
    </message>
    <message>
        <source>No keychain on this computer: the secret is kept only until the explorer closes.</source>
        <translation>Dim cadwyn allweddi ar y cyfrifiadur hwn: dim ond nes i&apos;r rhaglen gau y cedwir y gyfrinach.</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Gweinydd newydd</translation>
    </message>
    <message>
        <source>Fill in the server&apos;s details, then Save.</source>
        <translation>Llenwch fanylion y gweinydd, yna Cadw.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Polisi</translation>
    </message>
    <message>
        <source>Scope presets for a demo role</source>
        <translation>Rhagosodiadau cwmpas ar gyfer rôl demo</translation>
    </message>
    <message>
        <source>Add a scope the policy names</source>
        <translation>Ychwanegu cwmpas a enwir gan y polisi</translation>
    </message>
    <message>
        <source>Profi&amp;les:</source>
        <translation>Proffi&amp;liau:</translation>
    </message>
    <message>
        <source>Saved. The local sandbox takes the new policy at the next sign-in: it restarts then, and a session with it ends.</source>
        <translation>Wedi&apos;i gadw. Mae&apos;r blwch tywod lleol yn defnyddio&apos;r polisi newydd wrth y mewngofnodi nesaf: mae&apos;n ailddechrau bryd hynny, ac mae sesiwn gydag ef yn dod i ben.</translation>
    </message>
    <message>
        <source>&amp;Generate key</source>
        <translation>&amp;Creu allwedd</translation>
    </message>
    <message>
        <source>&amp;Import PEM…</source>
        <translation>&amp;Mewnforio PEM…</translation>
    </message>
    <message>
        <source>Cop&amp;y public JWK Set</source>
        <translation>Cop&amp;ïo&apos;r Set JWK gyhoeddus</translation>
    </message>
    <message>
        <source>Save public &amp;JWK Set…</source>
        <translation>Cadw&apos;r Set &amp;JWK gyhoeddus…</translation>
    </message>
    <message>
        <source>Register this app with the ser&amp;ver</source>
        <translation>Cofrestru&apos;r ap hwn gyda&apos;r gwe&amp;inydd</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation>Algorithm llofnodi</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Allwedd llofnodi</translation>
    </message>
    <message>
        <source>Generate a signing key</source>
        <translation>Creu allwedd llofnodi</translation>
    </message>
    <message>
        <source>Import a PEM private key</source>
        <translation>Mewnforio allwedd breifat PEM</translation>
    </message>
    <message>
        <source>Copy the public JWK Set</source>
        <translation>Copïo&apos;r Set JWK gyhoeddus</translation>
    </message>
    <message>
        <source>Save the public JWK Set to a file</source>
        <translation>Cadw&apos;r Set JWK gyhoeddus mewn ffeil</translation>
    </message>
    <message>
        <source>Register this app with the server</source>
        <translation>Cofrestru&apos;r ap hwn gyda&apos;r gweinydd</translation>
    </message>
    <message>
        <source>RS384 (RSA, the SMART default)</source>
        <translation>RS384 (RSA, rhagosodiad SMART)</translation>
    </message>
    <message>
        <source>ES384 (elliptic curve P-384)</source>
        <translation>ES384 (cromlin eliptig P-384)</translation>
    </message>
    <message>
        <source>RS512 (RSA 4096, NHS England)</source>
        <translation>RS512 (RSA 4096, GIG Lloegr)</translation>
    </message>
    <message>
        <source>RS256 (RSA)</source>
        <translation>RS256 (RSA)</translation>
    </message>
    <message>
        <source>Confidential, signed JWT (private key in the keychain)</source>
        <translation>Cyfrinachol, JWT wedi&apos;i lofnodi (allwedd breifat yn y gadwyn allweddi)</translation>
    </message>
    <message>
        <source>Signing &amp;algorithm:</source>
        <translation>&amp;Algorithm llofnodi:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Allwedd llofnodi:</translation>
    </message>
    <message>
        <source>No keychain on this computer: the private key is kept only until the explorer closes.</source>
        <translation>Dim cadwyn allweddi ar y cyfrifiadur hwn: dim ond nes i&apos;r rhaglen gau y cedwir yr allwedd breifat.</translation>
    </message>
    <message>
        <source>No key yet: generate one, or import a PEM private key.</source>
        <translation>Dim allwedd eto: crëwch un, neu mewnforiwch allwedd breifat PEM.</translation>
    </message>
    <message>
        <source>%1 key, kid %2 (its RFC 7638 thumbprint)%3</source>
        <translation>Allwedd %1, kid %2 (ei hôl bawd RFC 7638)%3</translation>
    </message>
    <message>
        <source> — not saved yet: Save puts it in the keychain.</source>
        <translation> — heb ei chadw eto: mae Cadw yn ei rhoi yn y gadwyn allweddi.</translation>
    </message>
    <message>
        <source>Making a %1 key…</source>
        <translation>Yn creu allwedd %1…</translation>
    </message>
    <message>
        <source>The key could not be made.</source>
        <translation>Ni ellid creu&apos;r allwedd.</translation>
    </message>
    <message>
        <source>A new key: Save to keep it in the keychain, then register its public JWK Set with the server.</source>
        <translation>Allwedd newydd: Cadw i&apos;w chadw yn y gadwyn allweddi, yna cofrestrwch ei Set JWK gyhoeddus gyda&apos;r gweinydd.</translation>
    </message>
    <message>
        <source>Import a private key</source>
        <translation>Mewnforio allwedd breifat</translation>
    </message>
    <message>
        <source>PEM private keys (*.pem *.key);;All files (*)</source>
        <translation>Allweddi preifat PEM (*.pem *.key);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Imported: Save puts the key in the keychain; the file is not needed after that.</source>
        <translation>Wedi&apos;i mewnforio: mae Cadw yn rhoi&apos;r allwedd yn y gadwyn allweddi; nid oes angen y ffeil wedyn.</translation>
    </message>
    <message>
        <source>The public JWK Set is on the clipboard (no private part).</source>
        <translation>Mae&apos;r Set JWK gyhoeddus ar y clipfwrdd (dim rhan breifat).</translation>
    </message>
    <message>
        <source>Save the public JWK Set</source>
        <translation>Cadw&apos;r Set JWK gyhoeddus</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The JWK Set could not be saved to %1: %2</source>
        <translation>Ni ellid cadw&apos;r Set JWK yn %1: %2</translation>
    </message>
    <message>
        <source>Saved the public JWK Set to %1.</source>
        <translation>Cadwyd y Set JWK gyhoeddus yn %1.</translation>
    </message>
    <message>
        <source>Finding the server&apos;s registration endpoint…</source>
        <translation>Yn chwilio am bwynt terfyn cofrestru&apos;r gweinydd…</translation>
    </message>
    <message>
        <source>The server&apos;s discovery names no registration endpoint: register the app there by hand with the public JWK Set (Copy or Save).</source>
        <translation>Nid yw darganfyddiad y gweinydd yn enwi pwynt terfyn cofrestru: cofrestrwch yr ap yno â llaw gyda&apos;r Set JWK gyhoeddus (Copïo neu Cadw).</translation>
    </message>
    <message>
        <source>Registered: the server gave the client id %1. Saved.</source>
        <translation>Wedi cofrestru: rhoddodd y gweinydd yr id cleient %1. Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>One a line, e.g. X-Request-ID: {uuid}</source>
        <translation>Un ar bob llinell, e.e. X-Request-ID: {uuid}</translation>
    </message>
    <message>
        <source>Extra headers sent with every request to this server, one &quot;Name: value&quot; a line; {uuid} becomes a fresh UUID for each request. Authorization cannot be set here.</source>
        <translation>Penawdau ychwanegol a anfonir gyda phob cais i&apos;r gweinydd hwn, un &quot;Enw: gwerth&quot; ar bob llinell; daw {uuid} yn UUID newydd ar gyfer pob cais. Ni ellir gosod Authorization yma.</translation>
    </message>
    <message>
        <source>E&amp;xtra headers:</source>
        <translation>Penawdau &amp;ychwanegol:</translation>
    </message>
    <message>
        <source>Extra request headers</source>
        <translation>Penawdau cais ychwanegol</translation>
    </message>
</context>
<context>
    <name>ccri::RequestLogDock</name>
    <message>
        <source>Request log</source>
        <translation>Log ceisiadau</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copïo fel curl</translation>
    </message>
    <message>
        <source>The token is written as $TOKEN; set it in your shell first.</source>
        <translation>Ysgrifennir y tocyn fel $TOKEN; gosodwch ef yn eich cragen yn gyntaf.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <source>Copied. The token is $TOKEN in the command.</source>
        <translation>Wedi&apos;i gopïo. $TOKEN yw&apos;r tocyn yn y gorchymyn.</translation>
    </message>
    <message>
        <source>Select an exchange to see its headers and body.</source>
        <translation>Dewiswch gyfnewidiad i weld ei benynnau a&apos;i gorff.</translation>
    </message>
    <message>
        <source>HTTP %1 — %2 ms
</source>
        <translation>HTTP %1 — %2 ms
</translation>
    </message>
    <message>
        <source>No HTTP answer — %1
</source>
        <translation>Dim ateb HTTP — %1
</translation>
    </message>
    <message>
        <source>… (%1 bytes in all; the log keeps the first %2)</source>
        <translation>… (%1 beit i gyd; mae&apos;r log yn cadw&apos;r %2 cyntaf)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Ceisiadau</translation>
    </message>
    <message>
        <source>Headers and body of the selected exchange</source>
        <translation>Penynnau a chorff y cyfnewidiad a ddewiswyd</translation>
    </message>
    <message>
        <source>Client assertion (signature shortened):</source>
        <translation>Honiad cleient (llofnod wedi&apos;i fyrhau):</translation>
    </message>
</context>
<context>
    <name>ccri::RequestLogModel</name>
    <message>
        <source>failed</source>
        <translation>wedi methu</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Dull</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Amser a gymerwyd</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
</context>
<context>
    <name>ccri::ResourceBrowser</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Server capabilities</source>
        <translation>Galluoedd y gweinydd</translation>
    </message>
    <message>
        <source>Try a shut tab anyway</source>
        <translation>Rhoi cynnig ar dab sydd ar gau beth bynnag</translation>
    </message>
    <message>
        <source>Try %1 anyway</source>
        <translation>Rhoi cynnig ar %1 beth bynnag</translation>
    </message>
    <message>
        <source>No tab is shut</source>
        <translation>Does dim tab ar gau</translation>
    </message>
    <message>
        <source>Try %1 in category %2 anyway</source>
        <translation>Rhoi cynnig ar %1 yn y categori %2 beth bynnag</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Trosolwg</translation>
    </message>
    <message>
        <source>Choose a patient to see their overview.</source>
        <translation>Dewiswch glaf i weld ei drosolwg.</translation>
    </message>
    <message>
        <source>The patient&apos;s records on one page</source>
        <translation>Cofnodion y claf ar un dudalen</translation>
    </message>
    <message>
        <source>No patient has the NHS number %1.</source>
        <translation>Nid oes gan unrhyw glaf y rhif GIG %1.</translation>
    </message>
    <message>
        <source>%1 patients share the NHS number %2: choose one on the Patient tab.</source>
        <translation>Mae %1 claf yn rhannu&apos;r rhif GIG %2: dewiswch un ar y tab Claf.</translation>
    </message>
    <message>
        <source>Results may be filtered by your access: your patient/ scopes let the server show only the records of the patient in context, so this list may not be everything the server holds.</source>
        <translation>Efallai bod y canlyniadau wedi&apos;u hidlo gan eich mynediad: mae eich cwmpasau patient/ yn gadael i&apos;r gweinydd ddangos cofnodion y claf yn y cyd-destun yn unig, felly efallai nad y rhestr hon yw popeth sydd gan y gweinydd.</translation>
    </message>
</context>
<context>
    <name>ccri::ResourcePlaceholderPage</name>
    <message>
        <source>The %1 records of the server will be listed here.</source>
        <translation>Bydd cofnodion %1 y gweinydd yn cael eu rhestru yma.</translation>
    </message>
    <message>
        <source>Scope that opens it: %1 (%2)</source>
        <translation>Y cwmpas sy&apos;n ei agor: %1 (%2)</translation>
    </message>
    <message>
        <source>Open.</source>
        <translation>Ar agor.</translation>
    </message>
    <message>
        <source>Shut.</source>
        <translation>Ar gau.</translation>
    </message>
    <message>
        <source>Partly open.</source>
        <translation>Ar agor yn rhannol.</translation>
    </message>
</context>
<context>
    <name>ccri::ResourceTablePage</name>
    <message>
        <source>Try anyway</source>
        <translation>Rhoi cynnig arni beth bynnag</translation>
    </message>
    <message>
        <source>Send the request although your scopes do not open this type, to see what the server says.</source>
        <translation>Anfon y cais er nad yw eich cwmpasau&apos;n agor y math hwn, i weld beth mae&apos;r gweinydd yn ei ddweud.</translation>
    </message>
    <message>
        <source> per page</source>
        <translation> y dudalen</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Maint tudalen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Blaenorol</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Ail-lwytho</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>1 entry could not be shown:</source>
        <translation>Nid oedd modd dangos 1 cofnod:</translation>
    </message>
    <message>
        <source>%1 entries could not be shown:</source>
        <translation>Nid oedd modd dangos %1 cofnod:</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Cofnod %1: %2</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>Cofnodion %1</translation>
    </message>
    <message>
        <source>Showing %1 only (your scopes)</source>
        <translation>Yn dangos %1 yn unig (eich cwmpasau)</translation>
    </message>
</context>
<context>
    <name>ccri::ResourceTabs</name>
    <message>
        <source>Resource types</source>
        <translation>Mathau o adnoddau</translation>
    </message>
    <message>
        <source>Opened for one request with Try anyway — your scopes shut it: it needs %1 (%2)</source>
        <translation>Ar agor am un cais gyda Rhoi cynnig arni beth bynnag — mae eich cwmpasau yn ei gau: mae angen %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (part)</source>
        <translation>%1 (rhan)</translation>
    </message>
</context>
<context>
    <name>ccri::Scope</name>
    <message>
        <source>An empty scope.</source>
        <translation>Cwmpas gwag.</translation>
    </message>
    <message>
        <source>Not a SMART scope: expected openid, fhirUser, profile, launch, offline_access, online_access or context/Type.access (for example user/Patient.read).</source>
        <translation>Nid yw&apos;n gwmpas SMART: disgwylid openid, fhirUser, profile, launch, offline_access, online_access neu context/Type.access (er enghraifft user/Patient.read).</translation>
    </message>
    <message>
        <source>Unknown launch scope: only launch, launch/patient and launch/encounter exist.</source>
        <translation>Cwmpas lansio anhysbys: dim ond launch, launch/patient a launch/encounter sy&apos;n bodoli.</translation>
    </message>
    <message>
        <source>Unknown context &quot;%1&quot;: a resource scope starts with patient/, user/ or system/.</source>
        <translation>Cyd-destun anhysbys &quot;%1&quot;: mae cwmpas adnodd yn dechrau gyda patient/, user/ neu system/.</translation>
    </message>
    <message>
        <source>No resource type after &quot;%1/&quot;.</source>
        <translation>Dim math o adnodd ar ôl &quot;%1/&quot;.</translation>
    </message>
    <message>
        <source>Resource type &quot;%1&quot; must start with a capital letter (FHIR type names do).</source>
        <translation>Rhaid i&apos;r math o adnodd &quot;%1&quot; ddechrau gyda phriflythyren (fel y mae enwau mathau FHIR).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resource type name.</source>
        <translation>Nid yw &quot;%1&quot; yn enw math o adnodd.</translation>
    </message>
    <message>
        <source>A ?qualifier needs an access level before it (for example .rs).</source>
        <translation>Mae angen lefel mynediad cyn ?qualifier (er enghraifft .rs).</translation>
    </message>
    <message>
        <source>SMART v1 scopes (.read, .write, .*) take no ?qualifier; use v2 letters such as .rs.</source>
        <translation>Nid yw cwmpasau SMART v1 (.read, .write, .*) yn derbyn ?qualifier; defnyddiwch lythrennau v2 megis .rs.</translation>
    </message>
    <message>
        <source>No access level after the dot: use read, write, * (v1) or letters of cruds (v2).</source>
        <translation>Dim lefel mynediad ar ôl y dot: defnyddiwch read, write, * (v1) neu lythrennau cruds (v2).</translation>
    </message>
    <message>
        <source>Unknown access level &quot;%1&quot;: use read, write, * (v1) or letters of cruds in that order (v2).</source>
        <translation>Lefel mynediad anhysbys &quot;%1&quot;: defnyddiwch read, write, * (v1) neu lythrennau cruds yn y drefn honno (v2).</translation>
    </message>
</context>
<context>
    <name>ccri::ScopeComparisonView</name>
    <message>
        <source>Requested and granted scopes</source>
        <translation>Cwmpasau y gofynnwyd amdanynt a&apos;r rhai a ganiatawyd</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Wedi&apos;u caniatáu</translation>
    </message>
    <message>
        <source>Asked for and granted (possibly by a broader scope).</source>
        <translation>Gofynnwyd amdanynt a&apos;u caniatáu (efallai gan gwmpas ehangach).</translation>
    </message>
    <message>
        <source>Narrowed away</source>
        <translation>Wedi&apos;u culhau i ffwrdd</translation>
    </message>
    <message>
        <source>Asked for but not granted: declined at consent, or beyond the account&apos;s rights.</source>
        <translation>Gofynnwyd amdanynt ond heb eu caniatáu: gwrthodwyd wrth roi caniatâd, neu y tu hwnt i hawliau&apos;r cyfrif.</translation>
    </message>
    <message>
        <source>Added by the server</source>
        <translation>Wedi&apos;u hychwanegu gan y gweinydd</translation>
    </message>
    <message>
        <source>Granted although nothing asked for them.</source>
        <translation>Wedi&apos;u caniatáu er na ofynnodd dim amdanynt.</translation>
    </message>
    <message>
        <source>Narrowed</source>
        <translation>Wedi&apos;u culhau</translation>
    </message>
    <message>
        <source>Asked for whole, granted only in part: a qualified scope such as one category.</source>
        <translation>Gofynnwyd am y cyfan, caniatawyd rhan yn unig: cwmpas cymwysedig megis un categori.</translation>
    </message>
    <message>
        <source>The scopes asked for and those the server granted are compared here once you are signed in.</source>
        <translation>Bydd y cwmpasau y gofynnwyd amdanynt a&apos;r rhai a ganiataodd y gweinydd yn cael eu cymharu yma pan fyddwch wedi mewngofnodi.</translation>
    </message>
    <message>
        <source>No scopes granted: not signed in</source>
        <translation>Dim cwmpasau wedi&apos;u caniatáu: heb fewngofnodi</translation>
    </message>
</context>
<context>
    <name>ccri::ScopePolicy</name>
    <message>
        <source>No policy given: use ccri, smart or the path of a policy file.</source>
        <translation>Ni roddwyd polisi: defnyddiwch ccri, smart neu lwybr ffeil polisi.</translation>
    </message>
    <message>
        <source>There is no policy called &quot;%1&quot; and no file at that path. Use ccri, smart or the path of a policy file.</source>
        <translation>Nid oes polisi o&apos;r enw &quot;%1&quot; a dim ffeil ar y llwybr hwnnw. Defnyddiwch ccri, smart neu lwybr ffeil polisi.</translation>
    </message>
    <message>
        <source>Cannot open the policy file %1: %2.</source>
        <translation>Ni ellir agor y ffeil polisi %1: %2.</translation>
    </message>
    <message>
        <source>The policy file %1 is larger than 1 MiB; a policy is a short list.</source>
        <translation>Mae&apos;r ffeil polisi %1 yn fwy nag 1 MiB; rhestr fer yw polisi.</translation>
    </message>
    <message>
        <source>The policy %1 cannot be used: %2</source>
        <translation>Ni ellir defnyddio&apos;r polisi %1: %2</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at character %2).</source>
        <translation>nid yw&apos;n JSON dilys (%1 wrth nod %2).</translation>
    </message>
    <message>
        <source>it must be a JSON object with &quot;id&quot;, &quot;name&quot; and &quot;rules&quot;.</source>
        <translation>rhaid iddo fod yn wrthrych JSON gyda &quot;id&quot;, &quot;name&quot; a &quot;rules&quot;.</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not a string.</source>
        <translation>mae &quot;id&quot; ar goll neu nid yw&apos;n llinyn.</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a non-empty array of {&quot;type&quot;, &quot;scope&quot;} objects.</source>
        <translation>rhaid i &quot;rules&quot; fod yn arae nad yw&apos;n wag o wrthrychau {&quot;type&quot;, &quot;scope&quot;}.</translation>
    </message>
    <message>
        <source>rule %1 needs a &quot;type&quot; that is a FHIR resource type name, such as &quot;Patient&quot;.</source>
        <translation>mae angen &quot;type&quot; ar reol %1 sy&apos;n enw math o adnodd FHIR, megis &quot;Patient&quot;.</translation>
    </message>
    <message>
        <source>rule %1 lists %2 a second time.</source>
        <translation>mae rheol %1 yn rhestru %2 am yr ail waith.</translation>
    </message>
    <message>
        <source>it is not a resource scope</source>
        <translation>nid yw&apos;n gwmpas adnodd</translation>
    </message>
    <message>
        <source>rule %1 (%2) has the scope &quot;%3&quot;, which cannot be used: %4</source>
        <translation>mae gan reol %1 (%2) y cwmpas &quot;%3&quot;, na ellir ei ddefnyddio: %4</translation>
    </message>
    <message>
        <source>%1 is not part of the %2, which has no granular scopes; under SMART it would count as %3 for %4 only.</source>
        <translation>Nid yw %1 yn rhan o&apos;r %2, sydd heb gwmpasau manwl; o dan SMART byddai&apos;n cyfrif fel %3 ar gyfer %4 yn unig.</translation>
    </message>
</context>
<context>
    <name>ccri::ScopePreviewPanel</name>
    <message>
        <source>Load policy file…</source>
        <translation>Llwytho ffeil polisi…</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Heb ei adnabod</translation>
    </message>
    <message>
        <source>e.g. user/Patient.read patient/Observation.rs</source>
        <translation>e.e. user/Patient.read patient/Observation.rs</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Cwmpasau</translation>
    </message>
    <message>
        <source>Space-separated scopes; the resource tabs follow as you type.</source>
        <translation>Cwmpasau wedi&apos;u gwahanu gan fylchau; mae&apos;r tabiau adnoddau&apos;n dilyn wrth i chi deipio.</translation>
    </message>
    <message>
        <source>Example scope sets</source>
        <translation>Enghreifftiau o setiau cwmpasau</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Polisi</translation>
    </message>
    <message>
        <source>Resource types and the scopes they need</source>
        <translation>Mathau o adnoddau a&apos;r cwmpasau sydd eu hangen arnynt</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Math o adnodd</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Mynediad</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Cwmpas</translation>
    </message>
    <message>
        <source>Scopes not recognised</source>
        <translation>Cwmpasau heb eu hadnabod</translation>
    </message>
    <message>
        <source>Resource types</source>
        <translation>Mathau o adnoddau</translation>
    </message>
    <message>
        <source>Examples…</source>
        <translation>Enghreifftiau…</translation>
    </message>
    <message>
        <source>CCRI demo: patient-access</source>
        <translation>Demo CCRI: patient-access</translation>
    </message>
    <message>
        <source>CCRI demo: clinical-access</source>
        <translation>Demo CCRI: clinical-access</translation>
    </message>
    <message>
        <source>CCRI demo: limited-access</source>
        <translation>Demo CCRI: limited-access</translation>
    </message>
    <message>
        <source>Every type, read (SMART v1)</source>
        <translation>Pob math, darllen (SMART v1)</translation>
    </message>
    <message>
        <source>Patient&apos;s observations (SMART v2)</source>
        <translation>Arsylwadau&apos;r claf (SMART v2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not load the policy file “%1”: %2 The %3 is still in use.</source>
        <translation>Nid oedd modd llwytho&apos;r ffeil polisi “%1”: %2 Mae&apos;r %3 yn dal i gael ei ddefnyddio.</translation>
    </message>
    <message>
        <source>Load a scope policy</source>
        <translation>Llwytho polisi cwmpasau</translation>
    </message>
    <message>
        <source>Scope policies (*.json)</source>
        <translation>Polisïau cwmpasau (*.json)</translation>
    </message>
    <message>
        <source>granted by %1</source>
        <translation>caniatawyd gan %1</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>angen %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Shut</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>only %1, granted by %2</source>
        <translation>dim ond %1, caniatawyd gan %2</translation>
    </message>
    <message>
        <source>Partly open</source>
        <translation>Ar agor yn rhannol</translation>
    </message>
</context>
<context>
    <name>ccri::ScopeQualifier</name>
    <message>
        <source>An empty ?qualifier.</source>
        <translation>?qualifier gwag.</translation>
    </message>
    <message>
        <source>An empty search parameter in the ?qualifier &quot;%1&quot; (two &amp; in a row, or one at an end).</source>
        <translation>Paramedr chwilio gwag yn y ?qualifier &quot;%1&quot; (dau &amp; yn olynol, neu un ar y diwedd).</translation>
    </message>
    <message>
        <source>The qualifier &quot;%1&quot; needs a value: name=value, for example category=vital-signs.</source>
        <translation>Mae angen gwerth ar y cymhwysydd &quot;%1&quot;: enw=gwerth, er enghraifft category=vital-signs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a search parameter name (for example category).</source>
        <translation>Nid yw &quot;%1&quot; yn enw paramedr chwilio (er enghraifft category).</translation>
    </message>
    <message>
        <source>The qualifier %1= has no value.</source>
        <translation>Nid oes gwerth gan y cymhwysydd %1=.</translation>
    </message>
    <message>
        <source>The qualifier value &quot;%1&quot; needs one code after the | (system|code).</source>
        <translation>Mae angen un cod ar ôl y | yng ngwerth y cymhwysydd &quot;%1&quot; (system|code).</translation>
    </message>
    <message>
        <source>vital signs</source>
        <translation>arwyddion hanfodol</translation>
    </message>
    <message>
        <source>laboratory results</source>
        <translation>canlyniadau labordy</translation>
    </message>
    <message>
        <source>social history</source>
        <translation>hanes cymdeithasol</translation>
    </message>
    <message>
        <source>imaging</source>
        <translation>delweddu</translation>
    </message>
    <message>
        <source>problem list items</source>
        <translation>eitemau&apos;r rhestr problemau</translation>
    </message>
    <message>
        <source>encounter diagnoses</source>
        <translation>diagnosisau cyfarfod</translation>
    </message>
</context>
<context>
    <name>ccri::SessionStatusWidget</name>
    <message>
        <source>Signed in as:</source>
        <translation>Wedi mewngofnodi fel:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Gweinydd:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Tocyn:</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Heb fewngofnodi</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (system client, no user)</source>
        <translation>%1 (cleient system, dim defnyddiwr)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No patient context</source>
        <translation>Dim cyd-destun claf</translation>
    </message>
    <message>
        <source>No expiry given by the server</source>
        <translation>Ni roddodd y gweinydd amser dod i ben</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n eiliad ar ôl</numerusform>
            <numerusform>%n eiliad ar ôl</numerusform>
            <numerusform>%n eiliad ar ôl</numerusform>
            <numerusform>%n eiliad ar ôl</numerusform>
            <numerusform>%n eiliad ar ôl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n munud ar ôl</numerusform>
            <numerusform>%n munud ar ôl</numerusform>
            <numerusform>%n munud ar ôl</numerusform>
            <numerusform>%n munud ar ôl</numerusform>
            <numerusform>%n munud ar ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Mewngofnodi…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Allgofnodi</translation>
    </message>
    <message>
        <source>Patient context:</source>
        <translation>Cyd-destun claf:</translation>
    </message>
    <message>
        <source>The patient the server tied this sign-in to (launch/patient), if any. The patient you open in the browser is shown above the tabs.</source>
        <translation>Y claf y cysylltodd y gweinydd y mewngofnodi hwn ag ef (launch/patient), os oes un. Dangosir y claf rydych yn ei agor yn y porwr uwchben y tabiau.</translation>
    </message>
</context>
<context>
    <name>ccri::SignInController</name>
    <message>
        <source>Continue in your web browser; this window will follow when you have signed in.</source>
        <translation>Parhewch yn eich porwr gwe; bydd y ffenestr hon yn dilyn pan fyddwch wedi mewngofnodi.</translation>
    </message>
    <message>
        <source>Client %1 asks for: %2. PKCE: %3.</source>
        <translation>Mae&apos;r cleient %1 yn gofyn am: %2. PKCE: %3.</translation>
    </message>
    <message>
        <source>S256 challenge sent</source>
        <translation>anfonwyd her S256</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>heb ei anfon</translation>
    </message>
</context>
<context>
    <name>ccri::SignInWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Mewngofnodi i %1</translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation>Cyfeiriad y dudalen fewngofnodi</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Dim ymddiriedaeth yn y dystysgrif</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Cysylltiad diogel (TLS)</translation>
    </message>
    <message>
        <source>Not encrypted (this computer only)</source>
        <translation>Heb ei amgryptio (y cyfrifiadur hwn yn unig)</translation>
    </message>
    <message>
        <source>Not encrypted — anyone on the network can read this page</source>
        <translation>Heb ei amgryptio — gall unrhyw un ar y rhwydwaith ddarllen y dudalen hon</translation>
    </message>
    <message>
        <source>Connection security: %1</source>
        <translation>Diogelwch y cysylltiad: %1</translation>
    </message>
    <message>
        <source>The sign-in page at %1 was not opened because its certificate is not trusted: %2 If this is a private server, add its certificate authority&apos;s file to the profile.</source>
        <translation>Ni agorwyd y dudalen fewngofnodi yn %1 oherwydd nad oes ymddiriedaeth yn ei thystysgrif: %2 Os yw hwn yn weinydd preifat, ychwanegwch ffeil ei awdurdod tystysgrifau i&apos;r proffil.</translation>
    </message>
</context>
<context>
    <name>ccri::TokenInspectorDock</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 awr %2 munud</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 munud %2 eiliad</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 eiliad</translation>
    </message>
    <message>
        <source>Token inspector</source>
        <translation>Archwiliwr tocynnau</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Granted by / needs</source>
        <translation>Caniatawyd gan / angen</translation>
    </message>
    <message>
        <source>Reveal raw token</source>
        <translation>Dangos y tocyn crai</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Dod i ben:</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Cyd-destun:</translation>
    </message>
    <message>
        <source>Access token header:</source>
        <translation>Pennyn y tocyn mynediad:</translation>
    </message>
    <message>
        <source>Access token claims:</source>
        <translation>Honiadau&apos;r tocyn mynediad:</translation>
    </message>
    <message>
        <source>ID token claims:</source>
        <translation>Honiadau&apos;r tocyn ID:</translation>
    </message>
    <message>
        <source>Granted scopes against the policy:</source>
        <translation>Cwmpasau a ganiatawyd yn erbyn y polisi:</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Heb fewngofnodi.</translation>
    </message>
    <message>
        <source>No ID token (openid was not granted).</source>
        <translation>Dim tocyn ID (ni chaniatawyd openid).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ar agor</translation>
    </message>
    <message>
        <source>shut</source>
        <translation>ar gau</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>angen %1</translation>
    </message>
    <message>
        <source>unknown (no exp claim)</source>
        <translation>anhysbys (dim honiad exp)</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>dim tocyn</translation>
    </message>
    <message>
        <source>expires in %1 (at %2)</source>
        <translation>yn dod i ben ymhen %1 (am %2)</translation>
    </message>
    <message>
        <source>expired %1 ago (at %2)</source>
        <translation>wedi dod i ben %1 yn ôl (am %2)</translation>
    </message>
    <message>
        <source>Hide raw token</source>
        <translation>Cuddio&apos;r tocyn crai</translation>
    </message>
    <message>
        <source>Access token header</source>
        <translation>Pennyn y tocyn mynediad</translation>
    </message>
    <message>
        <source>Access token claims</source>
        <translation>Honiadau&apos;r tocyn mynediad</translation>
    </message>
    <message>
        <source>ID token claims</source>
        <translation>Honiadau&apos;r tocyn ID</translation>
    </message>
    <message>
        <source>Granted scopes against the policy</source>
        <translation>Cwmpasau a ganiatawyd yn erbyn y polisi</translation>
    </message>
    <message>
        <source>Patient context: %1
fhirUser: %2</source>
        <translation>Cyd-destun claf: %1
fhirUser: %2</translation>
    </message>
    <message>
        <source>ID token header</source>
        <translation>Pennyn y tocyn ID</translation>
    </message>
    <message>
        <source>ID token header:</source>
        <translation>Pennyn y tocyn ID:</translation>
    </message>
    <message>
        <source>Access token: decoded for display only (the server checks it).</source>
        <translation>Tocyn mynediad: wedi&apos;i ddatgodio i&apos;w ddangos yn unig (y gweinydd sy&apos;n ei wirio).</translation>
    </message>
    <message>
        <source>ID token: decoded for display only, not checked.</source>
        <translation>Tocyn ID: wedi&apos;i ddatgodio i&apos;w ddangos yn unig, heb ei wirio.</translation>
    </message>
    <message>
        <source>Last client assertion sent</source>
        <translation>Yr honiad cleient olaf a anfonwyd</translation>
    </message>
    <message>
        <source>Last client assertion sent (RFC 7523; signature not shown):</source>
        <translation>Yr honiad cleient olaf a anfonwyd (RFC 7523; llofnod heb ei ddangos):</translation>
    </message>
    <message>
        <source>None: this client does not sign in with a signed JWT.</source>
        <translation>Dim: nid yw&apos;r cleient hwn yn mewngofnodi gyda JWT wedi&apos;i lofnodi.</translation>
    </message>
    <message>
        <source>part</source>
        <translation>rhan</translation>
    </message>
    <message>
        <source>only %1: %2</source>
        <translation>dim ond %1: %2</translation>
    </message>
    <message>
        <source>Which server is which</source>
        <translation>Pa weinydd yw pa un</translation>
    </message>
</context>
<context>
    <name>ccri::TrainingGuideWindow</name>
    <message>
        <source>Training guide — CareConnect Explorer</source>
        <translation>Canllaw hyfforddi — CareConnect Explorer</translation>
    </message>
    <message>
        <source>Training guide</source>
        <translation>Canllaw hyfforddi</translation>
    </message>
    <message>
        <source>The training guide is missing from this build (docs/training.md).</source>
        <translation>Mae&apos;r canllaw hyfforddi ar goll o&apos;r adeiladwaith hwn (docs/training.md).</translation>
    </message>
</context>
<context>
    <name>ccri::TranslationLoader</name>
    <message>
        <source>The %1 translation is missing from this build, so the explorer stays in English.</source>
        <translation>Mae&apos;r cyfieithiad %1 ar goll o&apos;r adeiladwaith hwn, felly mae&apos;r rhaglen yn aros yn Saesneg.</translation>
    </message>
</context>
<context>
    <name>ccri::VitalSignsChart</name>
    <message>
        <source>Vital signs</source>
        <translation>Arwyddion hanfodol</translation>
    </message>
    <message>
        <source>Vital signs chart</source>
        <translation>Siart arwyddion hanfodol</translation>
    </message>
    <message>
        <source>The same points are in the table of vital signs beside the chart.</source>
        <translation>Mae&apos;r un pwyntiau yn y tabl arwyddion hanfodol wrth ymyl y siart.</translation>
    </message>
    <message>
        <source>Vital signs to show in the chart</source>
        <translation>Arwyddion hanfodol i&apos;w dangos yn y siart</translation>
    </message>
    <message>
        <source>Vital signs chart as a table</source>
        <translation>Siart arwyddion hanfodol fel tabl</translation>
    </message>
    <message>
        <source>Vital sign</source>
        <translation>Arwydd hanfodol</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Uned</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Cadw’r siart fel PNG…</translation>
    </message>
    <message>
        <source>Vital signs are not visible with your access: needs %1 (%2).</source>
        <translation>Nid yw arwyddion hanfodol i&apos;w gweld gyda&apos;ch mynediad: angen %1 (%2).</translation>
    </message>
    <message>
        <source>Loading vital signs…</source>
        <translation>Yn llwytho arwyddion hanfodol…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 readings of %2 vital signs.</source>
        <translation>%1 darlleniad o %2 arwydd hanfodol.</translation>
    </message>
    <message>
        <source>No vital signs recorded.</source>
        <translation>Dim arwyddion hanfodol wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>The vital signs could not be loaded: %1</source>
        <translation>Nid oedd modd llwytho&apos;r arwyddion hanfodol: %1</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 observations: the rest are on later pages.</source>
        <translation>Wedi stopio ar ôl %1 o %2 arsylwad: mae&apos;r gweddill ar dudalennau diweddarach.</translation>
    </message>
    <message>
        <source>1 reading entered in error is not plotted.</source>
        <translation>Nid yw 1 darlleniad a gofnodwyd trwy gamgymeriad wedi&apos;i blotio.</translation>
    </message>
    <message>
        <source>%1 readings entered in error are not plotted.</source>
        <translation>Nid yw %1 darlleniad a gofnodwyd trwy gamgymeriad wedi&apos;u plotio.</translation>
    </message>
    <message>
        <source>%1: %2 %3 on %4</source>
        <translation>%1: %2 %3 ar %4</translation>
    </message>
    <message>
        <source>vital-signs.png</source>
        <translation>arwyddion-hanfodol.png</translation>
    </message>
</context>
<context>
    <name>ccri::WelcomeDialog</name>
    <message>
        <source>Start the &amp;local sandbox</source>
        <translation>Dechrau&apos;r blwch tywod &amp;lleol</translation>
    </message>
    <message>
        <source>&amp;Add a server…</source>
        <translation>&amp;Ychwanegu gweinydd…</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nid nawr</translation>
    </message>
    <message>
        <source>Welcome to CareConnect Explorer</source>
        <translation>Croeso i CareConnect Explorer</translation>
    </message>
    <message>
        <source>Sign in to a SMART-on-FHIR secured FHIR server, such as the NHS Care Connect Reference Implementation, browse the records your scopes allow, and see why the rest stay shut.</source>
        <translation>Mewngofnodwch i weinydd FHIR sydd wedi&apos;i ddiogelu gan SMART-on-FHIR, megis Gweithrediad Cyfeirio Care Connect y GIG, porwch y cofnodion y mae eich cwmpasau&apos;n eu caniatáu, a gweld pam mae&apos;r gweddill yn aros ar gau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Have a server to use?&lt;/b&gt; Add it with its address; the explorer finds its sign-in page for you.</source>
        <translation>&lt;b&gt;Oes gennych weinydd i&apos;w ddefnyddio?&lt;/b&gt; Ychwanegwch ef gyda&apos;i gyfeiriad; bydd y rhaglen yn dod o hyd i&apos;w dudalen fewngofnodi i chi.</translation>
    </message>
    <message>
        <source>Help → Training guide (F1) walks you through a first session.</source>
        <translation>Mae Cymorth → Canllaw hyfforddi (F1) yn eich tywys drwy sesiwn gyntaf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New to it?&lt;/b&gt; Start the local sandbox: a practice server on this computer with made-up patients and demo accounts (clinician, reception, pharmacist, gp, physio and limited, each with the password “password”). Nothing leaves this computer.</source>
        <translation>&lt;b&gt;Newydd i hyn?&lt;/b&gt; Dechreuwch y blwch tywod lleol: gweinydd ymarfer ar y cyfrifiadur hwn gyda chleifion ffug a chyfrifon demo (clinician, reception, pharmacist, gp, physio a limited, pob un â&apos;r cyfrinair “password”). Nid oes dim yn gadael y cyfrifiadur hwn.</translation>
    </message>
</context>
<context>
    <name>ccri::auth::AuthorizationStep</name>
    <message>
        <source>This sign-in answer was already used; a replayed answer is refused. Please sign in again.</source>
        <translation>Defnyddiwyd yr ateb mewngofnodi hwn eisoes; gwrthodir ateb a ailchwaraewyd. Mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this sign-in attempt (wrong or missing state), so it was refused. Please sign in again.</source>
        <translation>Nid oedd yr ateb mewngofnodi yn cyfateb i&apos;r ymgais hon (state anghywir neu ar goll), felly fe&apos;i gwrthodwyd. Mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>You declined access.</source>
        <translation>Gwrthodoch fynediad.</translation>
    </message>
    <message>
        <source>The server does not let this client sign in this way.</source>
        <translation>Nid yw&apos;r gweinydd yn gadael i&apos;r cleient hwn fewngofnodi fel hyn.</translation>
    </message>
    <message>
        <source>The server found the sign-in request invalid.</source>
        <translation>Roedd y gweinydd o&apos;r farn bod y cais mewngofnodi yn annilys.</translation>
    </message>
    <message>
        <source>The server could not complete the sign-in just now; try again later.</source>
        <translation>Nid oedd y gweinydd yn gallu cwblhau&apos;r mewngofnodi ar hyn o bryd; rhowch gynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <source>The server refused the sign-in (%1).</source>
        <translation>Gwrthododd y gweinydd y mewngofnodi (%1).</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Dywedodd: %1</translation>
    </message>
    <message>
        <source>The server came back without an authorization code.</source>
        <translation>Daeth y gweinydd yn ôl heb god awdurdodi.</translation>
    </message>
    <message>
        <source>The server did not accept the scopes this profile asks for: your account may be allowed none of them. Choose other scopes in Account → Server profiles…, or ask the server&apos;s administrator for access.</source>
        <translation>Ni dderbyniodd y gweinydd y cwmpasau y mae&apos;r proffil hwn yn gofyn amdanynt: efallai nad oes gan eich cyfrif hawl i&apos;r un ohonynt. Dewiswch gwmpasau eraill yn Cyfrif → Proffiliau gweinydd…, neu gofynnwch i weinyddwr y gweinydd am fynediad.</translation>
    </message>
    <message>
        <source>The server says it names itself in every sign-in answer (RFC 9207), but this answer did not (no iss), so it was refused: it may not come from %1. Please sign in again.</source>
        <translation>Mae&apos;r gweinydd yn dweud ei fod yn enwi ei hun ym mhob ateb mewngofnodi (RFC 9207), ond ni wnaeth yr ateb hwn (dim iss), felly fe&apos;i gwrthodwyd: efallai nad yw&apos;n dod o %1. Mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>The sign-in answer names its issuer as %1, but this server&apos;s discovery names %2 (RFC 9207), so the answer was refused: it may come from another server (a mix-up attack).</source>
        <translation>Mae&apos;r ateb mewngofnodi yn enwi ei gyhoeddwr fel %1, ond mae darganfod y gweinydd hwn yn enwi %2 (RFC 9207), felly gwrthodwyd yr ateb: efallai ei fod yn dod o weinydd arall (ymosodiad cymysgu).</translation>
    </message>
    <message>
        <source>%1 is the FHIR server&apos;s address, not the authorization server&apos;s: the server is configured to name the wrong issuer.</source>
        <translation>Cyfeiriad y gweinydd FHIR yw %1, nid cyfeiriad y gweinydd awdurdodi: mae&apos;r gweinydd wedi&apos;i osod i enwi&apos;r cyhoeddwr anghywir.</translation>
    </message>
    <message>
        <source>Please sign in again; if this repeats, tell the server&apos;s administrator.</source>
        <translation>Mewngofnodwch eto; os yw hyn yn digwydd eto, dywedwch wrth weinyddwr y gweinydd.</translation>
    </message>
</context>
<context>
    <name>ccri::auth::ClientRegistration</name>
    <message>
        <source>The server has no registration endpoint, so the app can&apos;t register itself there. Register it by hand with the public JWK Set.</source>
        <translation>Nid oes gan y gweinydd bwynt terfyn cofrestru, felly ni all yr ap gofrestru ei hun yno. Cofrestrwch ef â llaw gyda&apos;r Set JWK gyhoeddus.</translation>
    </message>
    <message>
        <source>The registration endpoint %1 answered without a client_id.</source>
        <translation>Atebodd y pwynt terfyn cofrestru %1 heb client_id.</translation>
    </message>
    <message>
        <source>The registration endpoint %1 refused the registration: %2.</source>
        <translation>Gwrthododd y pwynt terfyn cofrestru %1 y cofrestriad: %2.</translation>
    </message>
</context>
<context>
    <name>ccri::auth::Discovery</name>
    <message>
        <source>HTTP 200 with %1</source>
        <translation>HTTP 200 gyda %1</translation>
    </message>
    <message>
        <source>Could not reach %1 to find how to sign in.
%2 gave %3.
Check the FHIR base URL in the profile and that the server is running and reachable.</source>
        <translation>Nid oedd modd cyrraedd %1 i ganfod sut i fewngofnodi.
Rhoddodd %2 %3.
Gwiriwch URL sylfaen FHIR yn y proffil a bod y gweinydd yn rhedeg ac o fewn cyrraedd.</translation>
    </message>
    <message>
        <source>Could not find how to sign in to %1.
%2 gave %3.
%4 gave %5.
Check that the FHIR base URL is right (it usually ends in /STU3 or /R4) and that the server supports SMART on FHIR.</source>
        <translation>Nid oedd modd canfod sut i fewngofnodi i %1.
Rhoddodd %2 %3.
Rhoddodd %4 %5.
Gwiriwch fod URL sylfaen FHIR yn gywir (mae fel arfer yn gorffen gyda /STU3 neu /R4) a bod y gweinydd yn cefnogi SMART on FHIR.</translation>
    </message>
</context>
<context>
    <name>ccri::auth::LoopbackRedirectListener</name>
    <message>
        <source>Could not open a local port for the browser&apos;s answer: %1</source>
        <translation>Nid oedd modd agor porth lleol ar gyfer ateb y porwr: %1</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Cais gwael</translation>
    </message>
    <message>
        <source>This address only takes the sign-in answer.</source>
        <translation>Dim ond yr ateb mewngofnodi y mae&apos;r cyfeiriad hwn yn ei dderbyn.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Heb ei ganfod</translation>
    </message>
    <message>
        <source>CareConnect Explorer</source>
        <translation>CareConnect Explorer</translation>
    </message>
    <message>
        <source>The sign-in answer reached CareConnect Explorer. You can close this tab.</source>
        <translation>Cyrhaeddodd yr ateb mewngofnodi CareConnect Explorer. Gallwch gau&apos;r tab hwn.</translation>
    </message>
</context>
<context>
    <name>ccri::auth::Session</name>
    <message>
        <source>The session has no refresh token; please sign in again.</source>
        <translation>Nid oes tocyn adnewyddu gan y sesiwn; mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>The session could not be renewed, so please sign in again. %1</source>
        <translation>Nid oedd modd adnewyddu&apos;r sesiwn, felly mewngofnodwch eto. %1</translation>
    </message>
</context>
<context>
    <name>ccri::auth::SessionResumer</name>
    <message>
        <source>The saved session could not be read, so please sign in again. %1</source>
        <translation>Nid oedd modd darllen y sesiwn a gadwyd, felly mewngofnodwch eto. %1</translation>
    </message>
    <message>
        <source>Your saved session has expired and could not be renewed; please sign in again. %1</source>
        <translation>Mae eich sesiwn a gadwyd wedi dod i ben ac nid oedd modd ei hadnewyddu; mewngofnodwch eto. %1</translation>
    </message>
</context>
<context>
    <name>ccri::auth::SignInFlow</name>
    <message>
        <source>Finding how to sign in to %1…</source>
        <translation>Yn canfod sut i fewngofnodi i %1…</translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation>Yn darllen cyfrinach y cleient o&apos;r gadwyn allweddi…</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for a confidential client, but no client secret is saved for it. Enter the secret in the profile.</source>
        <translation>Mae&apos;r proffil &quot;%1&quot; ar gyfer cleient cyfrinachol, ond nid oes cyfrinach cleient wedi&apos;i chadw ar ei gyfer. Rhowch y gyfrinach yn y proffil.</translation>
    </message>
    <message>
        <source>Asking for a system token…</source>
        <translation>Yn gofyn am docyn system…</translation>
    </message>
    <message>
        <source>The server did not say where its authorization endpoint is, so an interactive sign-in is not possible. A confidential client can use client credentials instead.</source>
        <translation>Ni ddywedodd y gweinydd ble mae ei bwynt terfyn awdurdodi, felly nid oes modd mewngofnodi&apos;n rhyngweithiol. Gall cleient cyfrinachol ddefnyddio manylion cleient yn lle hynny.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in…</source>
        <translation>Yn aros i chi fewngofnodi…</translation>
    </message>
    <message>
        <source>Exchanging the authorization code for tokens…</source>
        <translation>Yn cyfnewid y cod awdurdodi am docynnau…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Wedi mewngofnodi.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Diddymwyd y mewngofnodi.</translation>
    </message>
    <message>
        <source>The sign-in asked for OpenID Connect (openid) and the server granted it, but it sent no ID token back, so the sign-in was refused.</source>
        <translation>Gofynnodd y mewngofnodi am OpenID Connect (openid) ac fe&apos;i caniatawyd gan y gweinydd, ond ni anfonodd docyn ID yn ôl, felly gwrthodwyd y mewngofnodi.</translation>
    </message>
    <message>
        <source>Checking the ID token against the server&apos;s keys…</source>
        <translation>Wrthi&apos;n gwirio&apos;r tocyn ID yn erbyn allweddi&apos;r gweinydd…</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Ni chadwyd dim.</translation>
    </message>
    <message>
        <source>Reading the client&apos;s private key from the keychain…</source>
        <translation>Yn darllen allwedd breifat y cleient o&apos;r gadwyn allweddi…</translation>
    </message>
</context>
<context>
    <name>ccri::auth::TokenClient</name>
    <message>
        <source>The server did not say where its token endpoint is.</source>
        <translation>Ni ddywedodd y gweinydd ble mae ei bwynt terfyn tocynnau.</translation>
    </message>
    <message>
        <source>The server refused the grant (%1). Please sign in again.</source>
        <translation>Gwrthododd y gweinydd y grant (%1). Mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>The server did not accept this client (%1). Check the client id and secret in the profile.</source>
        <translation>Ni dderbyniodd y gweinydd y cleient hwn (%1). Gwiriwch id a chyfrinach y cleient yn y proffil.</translation>
    </message>
    <message>
        <source>The token endpoint %1 gave %2.</source>
        <translation>Rhoddodd y pwynt terfyn tocynnau %1 %2.</translation>
    </message>
    <message>
        <source>The token endpoint %1 gave an answer that can&apos;t be used: %2</source>
        <translation>Rhoddodd y pwynt terfyn tocynnau %1 ateb na ellir ei ddefnyddio: %2</translation>
    </message>
    <message>
        <source>There is no refresh token; please sign in again.</source>
        <translation>Nid oes tocyn adnewyddu; mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>The server has no revocation endpoint.</source>
        <translation>Nid oes gan y gweinydd bwynt terfyn dirymu.</translation>
    </message>
    <message>
        <source>The revocation endpoint %1 gave %2.</source>
        <translation>Rhoddodd y pwynt terfyn dirymu %1 %2.</translation>
    </message>
    <message>
        <source>The server has no introspection endpoint.</source>
        <translation>Nid oes gan y gweinydd bwynt terfyn mewnsyllu.</translation>
    </message>
    <message>
        <source>The introspection endpoint %1 gave %2.</source>
        <translation>Rhoddodd y pwynt terfyn mewnsyllu %1 %2.</translation>
    </message>
    <message>
        <source>The client assertion could not be signed with the profile&apos;s key.</source>
        <translation>Ni ellid llofnodi honiad y cleient ag allwedd y proffil.</translation>
    </message>
    <message>
        <source>Client credentials sign-in needs the client&apos;s secret or signing key.</source>
        <translation>Mae mewngofnodi â manylion cleient angen cyfrinach neu allwedd llofnodi&apos;r cleient.</translation>
    </message>
    <message>
        <source>The token endpoint %1 gave %2. The server, or a proxy in front of it, failed: try again in a while, and tell the server&apos;s administrator if it goes on.</source>
        <translation>Rhoddodd pwynt terfyn y tocyn %1 %2. Methodd y gweinydd, neu ddirprwy o&apos;i flaen: rhowch gynnig arall arni ymhen ychydig, a dywedwch wrth weinyddwr y gweinydd os yw&apos;n parhau.</translation>
    </message>
</context>
<context>
    <name>ccri::auth::TokenStore</name>
    <message>
        <source>The keychain refused to save: %1</source>
        <translation>Gwrthododd y gadwyn allweddi gadw: %1</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Nid oedd modd darllen y gadwyn allweddi: %1</translation>
    </message>
    <message>
        <source>The keychain could not delete the saved session: %1</source>
        <translation>Nid oedd y gadwyn allweddi yn gallu dileu&apos;r sesiwn a gadwyd: %1</translation>
    </message>
</context>
<context>
    <name>ccri::crypto::CompactJws</name>
    <message>
        <source>The token is longer than %1 bytes.</source>
        <translation>Mae&apos;r tocyn yn hwy na %1 beit.</translation>
    </message>
    <message>
        <source>The token is not a compact JWS (three parts separated by dots).</source>
        <translation>Nid yw&apos;r tocyn yn JWS cryno (tair rhan wedi&apos;u gwahanu gan ddotiau).</translation>
    </message>
    <message>
        <source>The token&apos;s header is not a base64url JSON object.</source>
        <translation>Nid yw pennyn y tocyn yn wrthrych JSON base64url.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not a base64url JSON object.</source>
        <translation>Nid yw llwyth y tocyn yn wrthrych JSON base64url.</translation>
    </message>
    <message>
        <source>The token&apos;s signature is not base64url.</source>
        <translation>Nid yw llofnod y tocyn yn base64url.</translation>
    </message>
    <message>
        <source>The token&apos;s header has no alg (RFC 7515 §4.1.1).</source>
        <translation>Nid oes alg ym mhennyn y tocyn (RFC 7515 §4.1.1).</translation>
    </message>
    <message>
        <source>The token&apos;s header lists critical extensions (crit) this verifier does not understand.</source>
        <translation>Mae pennyn y tocyn yn rhestru estyniadau hanfodol (crit) nad yw&apos;r gwiriwr hwn yn eu deall.</translation>
    </message>
    <message>
        <source>The token is not signed (alg none) and is refused.</source>
        <translation>Nid yw&apos;r tocyn wedi&apos;i lofnodi (alg none), felly caiff ei wrthod.</translation>
    </message>
    <message>
        <source>The token is signed with %1, a shared secret; only public-key signatures (RS256, RS384, RS512, ES256, ES384) are accepted.</source>
        <translation>Mae&apos;r tocyn wedi&apos;i lofnodi gyda %1, cyfrinach a rennir; dim ond llofnodion allwedd gyhoeddus (RS256, RS384, RS512, ES256, ES384) a dderbynnir.</translation>
    </message>
    <message>
        <source>The token&apos;s algorithm %1 is not supported (RS256, RS384, RS512, ES256, ES384).</source>
        <translation>Ni chefnogir algorithm %1 y tocyn (RS256, RS384, RS512, ES256, ES384).</translation>
    </message>
    <message>
        <source>The token&apos;s kid is not a string.</source>
        <translation>Nid yw kid y tocyn yn llinyn.</translation>
    </message>
    <message>
        <source>No key of the key set has the token&apos;s kid &quot;%1&quot;.</source>
        <translation>Nid oes gan unrhyw allwedd yn y set allweddi kid y tocyn, &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The token names no kid and the key set holds %1 keys.</source>
        <translation>Nid yw&apos;r tocyn yn enwi kid ac mae %1 allwedd yn y set allweddi.</translation>
    </message>
</context>
<context>
    <name>ccri::crypto::JwkSet</name>
    <message>
        <source>The key set is not JSON.</source>
        <translation>Nid yw&apos;r set allweddi yn JSON.</translation>
    </message>
    <message>
        <source>The key set has no &quot;keys&quot; array (RFC 7517 §5).</source>
        <translation>Nid oes arae &quot;keys&quot; yn y set allweddi (RFC 7517 §5).</translation>
    </message>
    <message>
        <source>Key %1 of the set is a symmetric secret (k): it must never be published.</source>
        <translation>Mae allwedd %1 yn y set yn gyfrinach gymesur (k): rhaid peidio byth â&apos;i chyhoeddi.</translation>
    </message>
    <message>
        <source>Key %1 of the set is refused: %2</source>
        <translation>Gwrthodir allwedd %1 yn y set: %2</translation>
    </message>
</context>
<context>
    <name>ccri::crypto::SigningKey</name>
    <message>
        <source>Could not make a %1 key: %2.</source>
        <translation>Methu gwneud allwedd %1: %2.</translation>
    </message>
    <message>
        <source>The key is encrypted with a passphrase; give an unencrypted PKCS#8 PEM key (keep the file readable by its owner only).</source>
        <translation>Mae&apos;r allwedd wedi&apos;i hamgryptio gydag ymadrodd cyfrin; rhowch allwedd PEM PKCS#8 heb ei hamgryptio (cadwch y ffeil yn ddarllenadwy i&apos;w pherchennog yn unig).</translation>
    </message>
    <message>
        <source>This is not a PEM private key (%1).</source>
        <translation>Nid allwedd breifat PEM yw hon (%1).</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; at least 2048 are needed (RFC 7518 §3.3).</source>
        <translation>Mae gan yr allwedd RSA %1 did; mae angen o leiaf 2048 (RFC 7518 §3.3).</translation>
    </message>
    <message>
        <source>The key is an RSA key, but %1 needs an EC key on %2.</source>
        <translation>Allwedd RSA yw&apos;r allwedd, ond mae %1 angen allwedd EC ar %2.</translation>
    </message>
    <message>
        <source>The EC key is on the curve %1; only P-256 (ES256) and P-384 (ES384) are supported.</source>
        <translation>Mae&apos;r allwedd EC ar y gromlin %1; dim ond P-256 (ES256) a P-384 (ES384) a gefnogir.</translation>
    </message>
    <message>
        <source>The key is an EC key on %1, which signs %2, not %3.</source>
        <translation>Allwedd EC ar %1 yw&apos;r allwedd, sy&apos;n llofnodi %2, nid %3.</translation>
    </message>
    <message>
        <source>The key is neither RSA nor EC; JWS here signs with RS256, RS384, RS512, ES256 or ES384.</source>
        <translation>Nid RSA nac EC yw&apos;r allwedd; mae JWS yma&apos;n llofnodi gydag RS256, RS384, RS512, ES256 neu ES384.</translation>
    </message>
    <message>
        <source>Could not sign with %1: %2.</source>
        <translation>Methu llofnodi gyda %1: %2.</translation>
    </message>
    <message>
        <source>OpenSSL gave an ECDSA signature that is not DER.</source>
        <translation>Rhoddodd OpenSSL lofnod ECDSA nad yw&apos;n DER.</translation>
    </message>
</context>
<context>
    <name>ccri::crypto::VerifyingKey</name>
    <message>
        <source>The key is not a JSON object (RFC 7517 §4).</source>
        <translation>Nid yw&apos;r allwedd yn wrthrych JSON (RFC 7517 §4).</translation>
    </message>
    <message>
        <source>The key holds the private member &quot;%1&quot;: publish only the public key.</source>
        <translation>Mae&apos;r allwedd yn cynnwys yr aelod preifat &quot;%1&quot;: cyhoeddwch yr allwedd gyhoeddus yn unig.</translation>
    </message>
    <message>
        <source>The key has no kty (RFC 7517 §4.1).</source>
        <translation>Nid oes kty gan yr allwedd (RFC 7517 §4.1).</translation>
    </message>
    <message>
        <source>The key&apos;s use is &quot;%1&quot;, not &quot;sig&quot; (RFC 7517 §4.2).</source>
        <translation>Defnydd yr allwedd yw &quot;%1&quot;, nid &quot;sig&quot; (RFC 7517 §4.2).</translation>
    </message>
    <message>
        <source>The key&apos;s kid is not a string (RFC 7517 §4.5).</source>
        <translation>Nid yw kid yr allwedd yn llinyn (RFC 7517 §4.5).</translation>
    </message>
    <message>
        <source>The key&apos;s alg &quot;%1&quot; is not supported (RS256, RS384, RS512, ES256, ES384).</source>
        <translation>Ni chefnogir alg &quot;%1&quot; yr allwedd (RS256, RS384, RS512, ES256, ES384).</translation>
    </message>
    <message>
        <source>The key&apos;s alg %1 needs kty %2, but the key is kty %3.</source>
        <translation>Mae alg %1 yr allwedd angen kty %2, ond kty %3 yw&apos;r allwedd.</translation>
    </message>
    <message>
        <source>The RSA key needs n and e in base64url (RFC 7518 §6.3.1).</source>
        <translation>Mae&apos;r allwedd RSA angen n ac e mewn base64url (RFC 7518 §6.3.1).</translation>
    </message>
    <message>
        <source>The RSA key is too short (%1 bits): at least 2048 are needed (RFC 7518 §3.3).</source>
        <translation>Mae&apos;r allwedd RSA yn rhy fyr (%1 did): mae angen o leiaf 2048 (RFC 7518 §3.3).</translation>
    </message>
    <message>
        <source>The RSA key&apos;s n and e do not make a valid public key.</source>
        <translation>Nid yw n ac e yr allwedd RSA yn gwneud allwedd gyhoeddus ddilys.</translation>
    </message>
    <message>
        <source>The EC curve &quot;%1&quot; is not supported (P-256, P-384).</source>
        <translation>Ni chefnogir y gromlin EC &quot;%1&quot; (P-256, P-384).</translation>
    </message>
    <message>
        <source>The key&apos;s alg %1 needs curve %2, but the key is on %3.</source>
        <translation>Mae alg %1 yr allwedd angen y gromlin %2, ond mae&apos;r allwedd ar %3.</translation>
    </message>
    <message>
        <source>The EC key needs x and y of %1 bytes each in base64url (RFC 7518 §6.2.1).</source>
        <translation>Mae&apos;r allwedd EC angen x ac y o %1 beit yr un mewn base64url (RFC 7518 §6.2.1).</translation>
    </message>
    <message>
        <source>The EC key&apos;s point is not on the curve %1.</source>
        <translation>Nid yw pwynt yr allwedd EC ar y gromlin %1.</translation>
    </message>
    <message>
        <source>The key type &quot;%1&quot; is not supported: only RSA and EC signing keys (symmetric &quot;oct&quot; keys never belong in a public key set).</source>
        <translation>Ni chefnogir y math o allwedd &quot;%1&quot;: dim ond allweddi llofnodi RSA ac EC (nid yw allweddi cymesur &quot;oct&quot; byth yn perthyn mewn set allweddi cyhoeddus).</translation>
    </message>
    <message>
        <source>The key %1 is for %2, not %3.</source>
        <translation>Mae&apos;r allwedd %1 ar gyfer %2, nid %3.</translation>
    </message>
    <message>
        <source>%1 needs a %2 key, but the key %3 is %4.</source>
        <translation>Mae %1 angen allwedd %2, ond %4 yw&apos;r allwedd %3.</translation>
    </message>
    <message>
        <source>%1 needs a key on %2.</source>
        <translation>Mae %1 angen allwedd ar %2.</translation>
    </message>
    <message>
        <source>An %1 signature is %2 bytes (R and S), not %3.</source>
        <translation>Mae llofnod %1 yn %2 beit (R ac S), nid %3.</translation>
    </message>
    <message>
        <source>The signature does not match the key %1.</source>
        <translation>Nid yw&apos;r llofnod yn cyfateb i&apos;r allwedd %1.</translation>
    </message>
</context>
<context>
    <name>ccri::fhir::BundleReader</name>
    <message>
        <source>The server&apos;s answer is JSON but not a FHIR resource (it has no resourceType).</source>
        <translation>JSON yw ateb y gweinydd ond nid adnodd FHIR (nid oes ganddo resourceType).</translation>
    </message>
    <message>
        <source>The server answered with an OperationOutcome instead of data.</source>
        <translation>Atebodd y gweinydd gydag OperationOutcome yn lle data.</translation>
    </message>
    <message>
        <source>The server answered with an OperationOutcome instead of data: %1</source>
        <translation>Atebodd y gweinydd gydag OperationOutcome yn lle data: %1</translation>
    </message>
    <message>
        <source>Bundle.entry is not a list.</source>
        <translation>Nid yw Bundle.entry yn rhestr.</translation>
    </message>
    <message>
        <source>The entry is not a JSON object.</source>
        <translation>Nid yw&apos;r cofnod yn wrthrych JSON.</translation>
    </message>
    <message>
        <source>The entry has no resource.</source>
        <translation>Nid oes adnodd yn y cofnod.</translation>
    </message>
    <message>
        <source>The entry&apos;s resource has no resourceType.</source>
        <translation>Nid oes resourceType gan adnodd y cofnod.</translation>
    </message>
    <message>
        <source>The %1 has no id.</source>
        <translation>Nid oes id gan y %1.</translation>
    </message>
</context>
<context>
    <name>ccri::fhir::OverviewSection</name>
    <message>
        <source>%1 are not visible with your access: needs %2 (%3).</source>
        <extracomment>%1: what the section lists (&quot;Allergies&quot;); %2: the scope it needs; %3: the policy&apos;s name</extracomment>
        <translation>%1: ddim i&apos;w gweld gyda&apos;ch mynediad: angen %2 (%3).</translation>
    </message>
    <message>
        <source>%1 are not visible: the server refused to show them (HTTP %2). %3</source>
        <translation>%1: ddim i&apos;w gweld: gwrthododd y gweinydd eu dangos (HTTP %2). %3</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1: nid oedd modd eu llwytho: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 — %4 more on later pages</source>
        <extracomment>&quot;20 of 25 — 5 more on later pages&quot;</extracomment>
        <translation>%1: %2 o %3 — %4 arall ar dudalennau diweddarach</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yn llwytho…</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Dim wedi&apos;u cofnodi</translation>
    </message>
</context>
<context>
    <name>ccri::fhir::ResourceListModel</name>
    <message>
        <source>Entered in error: %1</source>
        <translation>Cofnodwyd trwy gamgymeriad: %1</translation>
    </message>
    <message>
        <source>This record was entered in error: %1</source>
        <translation>Cofnodwyd y cofnod hwn trwy gamgymeriad: %1</translation>
    </message>
</context>
<context>
    <name>ccri::fhir::ResourceSearch</name>
    <message>
        <source>Choose a patient on the Patient tab to see their %1 records.</source>
        <translation>Dewiswch glaf ar y tab Patient i weld ei gofnodion %1.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yn llwytho…</translation>
    </message>
    <message>
        <source>Trying anyway…</source>
        <translation>Yn rhoi cynnig arni beth bynnag…</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Yn darllen y bwndel…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Wedi&apos;i ddiddymu.</translation>
    </message>
    <message>
        <source>The server refused, as your scopes said it would. %1</source>
        <translation>Gwrthododd y gweinydd, fel y dywedodd eich cwmpasau y byddai. %1</translation>
    </message>
    <message>
        <source>Reading the answer…</source>
        <translation>Yn darllen yr ateb…</translation>
    </message>
    <message>
        <source>Loading… %1 rows</source>
        <translation>Yn llwytho… %1 rhes</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>Dim rhesi.</translation>
    </message>
    <message>
        <source>Rows %1–%2</source>
        <translation>Rhesi %1–%2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>o %1</translation>
    </message>
    <message>
        <source>, newest first</source>
        <translation>, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>No %1 found.</source>
        <translation>Ni chanfuwyd %1.</translation>
    </message>
    <message>
        <source>No %1 found for this patient.</source>
        <translation>Ni chanfuwyd %1 ar gyfer y claf hwn.</translation>
    </message>
    <message>
        <source>The server answered although your scopes shut this type: it does not enforce them.</source>
        <translation>Atebodd y gweinydd er bod eich cwmpasau&apos;n cau&apos;r math hwn: nid yw&apos;n eu gorfodi.</translation>
    </message>
    <message>
        <source>%1 more on later pages</source>
        <translation>%1 arall ar dudalennau diweddarach</translation>
    </message>
    <message>
        <source>The server warns: %1</source>
        <translation>Mae&apos;r gweinydd yn rhybuddio: %1</translation>
    </message>
</context>
<context>
    <name>ccri::fhir::ResourceSummary</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 beit</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Rhywedd</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Dosbarth</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Clinical status</source>
        <translation>Statws clinigol</translation>
    </message>
    <message>
        <source>Onset / asserted</source>
        <translation>Dechrau / honnwyd</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>Cyflawnwyd</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sylwedd</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Critigolrwydd</translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation>Statws dilysu</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Meddyginiaeth</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>Authored on</source>
        <translation>Ysgrifennwyd ar</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Yn weithredol</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Brechlyn</translation>
    </message>
    <message>
        <source>Attachment type</source>
        <translation>Math o atodiad</translation>
    </message>
    <message>
        <source>Attachment size</source>
        <translation>Maint yr atodiad</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Math o gynnwys</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Diweddarwyd ddiwethaf</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Gwrthrych: %1</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Claf: %1</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>Diweddarwyd ddiwethaf: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Proffil: %1</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Gwryw</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Anhysbys</translation>
    </message>
</context>
<context>
    <name>ccri::net::NetworkErrorText</name>
    <message>
        <source>an answer larger than %1 KiB, which was refused</source>
        <translation>ateb mwy na %1 KiB, a wrthodwyd</translation>
    </message>
    <message>
        <source>no answer: the connection was refused (is the server running?)</source>
        <translation>dim ateb: gwrthodwyd y cysylltiad (ydy&apos;r gweinydd yn rhedeg?)</translation>
    </message>
    <message>
        <source>no answer: the host name was not found</source>
        <translation>dim ateb: ni chanfuwyd enw&apos;r gwesteiwr</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>dim ateb mewn pryd</translation>
    </message>
    <message>
        <source>a TLS error: %1 (if the server uses a private certificate authority, set its CA file in the profile)</source>
        <translation>gwall TLS: %1 (os yw&apos;r gweinydd yn defnyddio awdurdod tystysgrifau preifat, gosodwch ei ffeil CA yn y proffil)</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>dim ateb: %1</translation>
    </message>
    <message>
        <source>HTTP %1 with an HTML page</source>
        <translation>HTTP %1 gyda thudalen HTML</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 (%2)</source>
        <translation>HTTP %1 (%2)</translation>
    </message>
    <message>
        <source>The server at %1 refused the connection. Is it running, and is the address and port right?</source>
        <translation>Gwrthododd y gweinydd yn %1 y cysylltiad. Ydy e&apos;n rhedeg, ac ydy&apos;r cyfeiriad a&apos;r porth yn gywir?</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address and your network.</source>
        <translation>Nid oedd modd canfod enw&apos;r gweinydd %1. Gwiriwch y cyfeiriad a&apos;ch rhwydwaith.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before it answered.</source>
        <translation>Caeodd y gweinydd yn %1 y cysylltiad cyn ateb.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Daeth y cysylltiad â %1 i ben oherwydd terfyn amser.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed: %2</source>
        <translation>Methodd y cysylltiad diogel (TLS) â %1: %2</translation>
    </message>
    <message>
        <source>The network is not available: %1</source>
        <translation>Nid yw&apos;r rhwydwaith ar gael: %1</translation>
    </message>
    <message>
        <source>The network proxy failed: %1</source>
        <translation>Methodd y dirprwy rhwydwaith: %1</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Methodd y cais i %1: %2</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed: %2. The explorer does not accept a certificate it cannot trust; for a private server, add its CA file to the server profile.</source>
        <translation>Methodd y cysylltiad diogel (TLS) â %1: %2. Nid yw&apos;r rhaglen yn derbyn tystysgrif na all ymddiried ynddi; ar gyfer gweinydd preifat, ychwanegwch ei ffeil CA i broffil y gweinydd.</translation>
    </message>
    <message>
        <source>No answer from %1 within 1 second. The server may be busy or unreachable; try again.</source>
        <translation>Dim ateb gan %1 o fewn 1 eiliad. Efallai fod y gweinydd yn brysur neu y tu hwnt i gyrraedd; rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 seconds. The server may be busy or unreachable; try again.</source>
        <translation>Dim ateb gan %1 o fewn %2 eiliad. Efallai fod y gweinydd yn brysur neu y tu hwnt i gyrraedd; rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than the limit of %2 MB, so it was not loaded. Ask for a smaller page.</source>
        <translation>Mae&apos;r ateb gan %1 yn fwy na&apos;r terfyn o %2 MB, felly ni chafodd ei lwytho. Gofynnwch am dudalen lai.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Wedi&apos;i ddiddymu.</translation>
    </message>
    <message>
        <source>No FHIR server is chosen yet: sign in to a server first.</source>
        <translation>Does dim gweinydd FHIR wedi&apos;i ddewis eto: mewngofnodwch i weinydd yn gyntaf.</translation>
    </message>
    <message>
        <source>The server pointed to %1, which is not the FHIR server you are connected to (%2). Your token is not sent there, so the request was not made.</source>
        <translation>Cyfeiriodd y gweinydd at %1, nad yw&apos;r gweinydd FHIR rydych wedi cysylltu ag ef (%2). Nid yw eich tocyn yn cael ei anfon yno, felly ni wnaed y cais.</translation>
    </message>
    <message>
        <source>The server at %1 answered with a web page (HTML, HTTP %2) instead of FHIR JSON. Check that the address is the FHIR base URL and not a login or error page.</source>
        <translation>Atebodd y gweinydd yn %1 gyda thudalen we (HTML, HTTP %2) yn lle JSON FHIR. Gwiriwch mai&apos;r cyfeiriad yw URL sylfaen FHIR ac nid tudalen fewngofnodi neu wall.</translation>
    </message>
    <message>
        <source>The server at %1 answered with %2 (HTTP %3) instead of FHIR JSON.</source>
        <translation>Atebodd y gweinydd yn %1 gyda %2 (HTTP %3) yn lle JSON FHIR.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON, so it cannot be shown: %1</source>
        <translation>Nid yw ateb y gweinydd yn JSON dilys, felly ni ellir ei ddangos: %1</translation>
    </message>
    <message>
        <source>The server did not accept your sign-in (HTTP %1).</source>
        <translation>Ni dderbyniodd y gweinydd eich mewngofnodi (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused access (HTTP %1).</source>
        <translation>Gwrthododd y gweinydd fynediad (HTTP %1).</translation>
    </message>
    <message>
        <source>The server has no such resource (HTTP %1).</source>
        <translation>Nid oes gan y gweinydd adnodd o&apos;r fath (HTTP %1).</translation>
    </message>
    <message>
        <source>The server did not understand the request (HTTP %1).</source>
        <translation>Nid oedd y gweinydd yn deall y cais (HTTP %1).</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation>Methodd y gweinydd (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Gwrthododd y gweinydd y cais (HTTP %1).</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Dywedodd: %1</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Mewngofnodwch eto.</translation>
    </message>
</context>
<context>
    <name>ccri::probe::AuthorizationRequestCheck</name>
    <message>
        <source>Authorization request</source>
        <translation>Cais awdurdodi</translation>
    </message>
    <message>
        <source>HTTP %1 on to %2 (the server&apos;s sign-in).</source>
        <translation>HTTP %1 ymlaen i %2 (mewngofnodi&apos;r gweinydd).</translation>
    </message>
    <message>
        <source>HTTP %1 straight back to the redirect URI without an error or a sign-in.</source>
        <translation>HTTP %1 yn syth yn ôl i&apos;r URI ailgyfeirio heb wall na mewngofnodi.</translation>
    </message>
    <message>
        <source>Redirected back to the redirect URI with error=%1.</source>
        <translation>Ailgyfeiriwyd yn ôl i&apos;r URI ailgyfeirio gyda error=%1.</translation>
    </message>
    <message>
        <source>Redirected back to the redirect URI with error=%1: %2</source>
        <translation>Ailgyfeiriwyd yn ôl i&apos;r URI ailgyfeirio gyda error=%1: %2</translation>
    </message>
    <message>
        <source>HTTP 200 with a page (the sign-in page).</source>
        <translation>HTTP 200 gyda thudalen (y dudalen fewngofnodi).</translation>
    </message>
    <message>
        <source>HTTP %1.</source>
        <translation>HTTP %1.</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>An authorization response that carries iss names exactly the discovered issuer (not the FHIR base); a server that advertises the parameter always sends it.</source>
        <translation>Mae ateb awdurdodi sy&apos;n cario iss yn enwi&apos;r union gyhoeddwr a ddarganfuwyd (nid y sylfaen FHIR); mae gweinydd sy&apos;n hysbysebu&apos;r paramedr bob amser yn ei anfon.</translation>
    </message>
    <message>
        <source>Send iss equal to the issuer in the metadata (%1) in every authorization response.</source>
        <translation>Anfonwch iss sy&apos;n hafal i&apos;r cyhoeddwr yn y metadata (%1) ym mhob ateb awdurdodi.</translation>
    </message>
    <message>
        <source>iss %1 equals the issuer.</source>
        <translation>Mae iss %1 yn hafal i&apos;r cyhoeddwr.</translation>
    </message>
    <message>
        <source>The server accepts this client&apos;s authorization request: client id %1, redirect URI %2, aud %3 (the FHIR base), PKCE S256.</source>
        <translation>Mae&apos;r gweinydd yn derbyn cais awdurdodi&apos;r cleient hwn: id cleient %1, URI ailgyfeirio %2, aud %3 (y sylfaen FHIR), PKCE S256.</translation>
    </message>
    <message>
        <source>Check that the authorization endpoint %1 is running.</source>
        <translation>Gwiriwch fod y pwynt terfyn awdurdodi %1 yn rhedeg.</translation>
    </message>
    <message>
        <source>Check that the client id is registered, that %1 is one of its redirect URIs, and that the server accepts %2 as aud.</source>
        <translation>Gwiriwch fod yr id cleient wedi&apos;i gofrestru, fod %1 yn un o&apos;i URIau ailgyfeirio, a bod y gweinydd yn derbyn %2 fel aud.</translation>
    </message>
    <message>
        <source>The server refuses an authorization request without code_challenge (PKCE is required).</source>
        <translation>Mae&apos;r gweinydd yn gwrthod cais awdurdodi heb code_challenge (mae PKCE yn ofynnol).</translation>
    </message>
    <message>
        <source>Without code_challenge: %1 The server went on to sign-in, so a stolen code could be used without the verifier.</source>
        <translation>Heb code_challenge: %1 Aeth y gweinydd ymlaen i fewngofnodi, felly gellid defnyddio cod wedi&apos;i ddwyn heb y dilysydd.</translation>
    </message>
    <message>
        <source>Refuse authorization requests without code_challenge (code_challenge_method S256) for every client.</source>
        <translation>Gwrthodwch geisiadau awdurdodi heb code_challenge (code_challenge_method S256) ar gyfer pob cleient.</translation>
    </message>
</context>
<context>
    <name>ccri::probe::CapabilityStatementCheck</name>
    <message>
        <source>CapabilityStatement</source>
        <translation>CapabilityStatement</translation>
    </message>
    <message>
        <source>The FHIR server answers GET metadata with its CapabilityStatement, without a token.</source>
        <translation>Mae&apos;r gweinydd FHIR yn ateb GET metadata gyda&apos;i CapabilityStatement, heb docyn.</translation>
    </message>
    <message>
        <source>%1 answered HTTP 200, but not with a CapabilityStatement.</source>
        <translation>Atebodd %1 HTTP 200, ond nid gyda CapabilityStatement.</translation>
    </message>
    <message>
        <source>%1 gave %2.</source>
        <translation>Rhoddodd %1 %2.</translation>
    </message>
    <message>
        <source>Check that the FHIR base URL is right and that the FHIR server is running; it must answer metadata without a token.</source>
        <translation>Gwiriwch fod URL sylfaen FHIR yn gywir a bod y gweinydd FHIR yn rhedeg; rhaid iddo ateb metadata heb docyn.</translation>
    </message>
    <message>
        <source>%1 answered with a %2.</source>
        <translation>Atebodd %1 gyda %2.</translation>
    </message>
    <message>
        <source>The CapabilityStatement carries the SMART oauth-uris extension (what SMART 1.0 clients, such as those written for CCRI, look for).</source>
        <translation>Mae&apos;r CapabilityStatement yn cario estyniad SMART oauth-uris (yr hyn y mae cleientiaid SMART 1.0, fel y rhai a ysgrifennwyd ar gyfer CCRI, yn chwilio amdano).</translation>
    </message>
    <message>
        <source>oauth-uris gives token %1 and authorize %2.</source>
        <translation>Mae oauth-uris yn rhoi token %1 ac authorize %2.</translation>
    </message>
    <message>
        <source>No oauth-uris extension with a token endpoint in rest.security.</source>
        <translation>Dim estyniad oauth-uris gyda phwynt terfyn tocyn yn rest.security.</translation>
    </message>
    <message>
        <source>Add the oauth-uris extension so SMART 1.0 clients find the endpoints too.</source>
        <translation>Ychwanegwch yr estyniad oauth-uris fel bod cleientiaid SMART 1.0 yn dod o hyd i&apos;r pwyntiau terfyn hefyd.</translation>
    </message>
    <message>
        <source>Neither .well-known/smart-configuration nor the CapabilityStatement&apos;s oauth-uris says where to sign in.</source>
        <translation>Nid yw .well-known/smart-configuration nac oauth-uris y CapabilityStatement yn dweud ble i fewngofnodi.</translation>
    </message>
    <message>
        <source>Publish .well-known/smart-configuration (SMART 2.2) and the oauth-uris extension.</source>
        <translation>Cyhoeddwch .well-known/smart-configuration (SMART 2.2) a&apos;r estyniad oauth-uris.</translation>
    </message>
    <message>
        <source>fhirVersion names a published FHIR version, the one the base URL says.</source>
        <translation>Mae fhirVersion yn enwi fersiwn FHIR a gyhoeddwyd, yr un y mae&apos;r URL sylfaen yn ei ddweud.</translation>
    </message>
    <message>
        <source>The CapabilityStatement has no fhirVersion.</source>
        <translation>Nid oes fhirVersion gan y CapabilityStatement.</translation>
    </message>
    <message>
        <source>Give fhirVersion (e.g. 3.0.2 for STU3, 4.0.1 for R4).</source>
        <translation>Rhowch fhirVersion (e.e. 3.0.2 ar gyfer STU3, 4.0.1 ar gyfer R4).</translation>
    </message>
    <message>
        <source>fhirVersion %1 is not a published FHIR version.</source>
        <translation>Nid yw fhirVersion %1 yn fersiwn FHIR a gyhoeddwyd.</translation>
    </message>
    <message>
        <source>Give the FHIR version the server implements (e.g. 3.0.2, 4.0.1).</source>
        <translation>Rhowch y fersiwn FHIR y mae&apos;r gweinydd yn ei weithredu (e.e. 3.0.2, 4.0.1).</translation>
    </message>
    <message>
        <source>The base URL ends in %1, but fhirVersion %2 is %3.</source>
        <translation>Mae&apos;r URL sylfaen yn gorffen gyda %1, ond %3 yw fhirVersion %2.</translation>
    </message>
    <message>
        <source>Serve %1 under this base URL, or correct fhirVersion.</source>
        <translation>Gweinwch %1 o dan yr URL sylfaen hwn, neu cywirwch fhirVersion.</translation>
    </message>
    <message>
        <source>fhirVersion %1 (%2).</source>
        <translation>fhirVersion %1 (%2).</translation>
    </message>
    <message>
        <source>The smart-configuration and the CapabilityStatement name the same endpoints.</source>
        <translation>Mae&apos;r smart-configuration a&apos;r CapabilityStatement yn enwi&apos;r un pwyntiau terfyn.</translation>
    </message>
    <message>
        <source>The two documents agree.</source>
        <translation>Mae&apos;r ddwy ddogfen yn cytuno.</translation>
    </message>
    <message>
        <source>They differ (smart-configuration / CapabilityStatement): %1.</source>
        <translation>Maen nhw&apos;n wahanol (smart-configuration / CapabilityStatement): %1.</translation>
    </message>
    <message>
        <source>Generate both documents from one place so they cannot drift apart.</source>
        <translation>Cynhyrchwch y ddwy ddogfen o un lle fel na allant wahanu.</translation>
    </message>
</context>
<context>
    <name>ccri::probe::EndpointCheck</name>
    <message>
        <source>Endpoints at work</source>
        <translation>Pwyntiau terfyn ar waith</translation>
    </message>
    <message>
        <source>A revocation endpoint the server advertises answers.</source>
        <translation>Mae pwynt terfyn dirymu y mae&apos;r gweinydd yn ei hysbysebu yn ateb.</translation>
    </message>
    <message>
        <source>No revocation_endpoint is advertised: signing out can only forget tokens on this computer.</source>
        <translation>Ni hysbysebir revocation_endpoint: dim ond anghofio tocynnau ar y cyfrifiadur hwn y gall allgofnodi ei wneud.</translation>
    </message>
    <message>
        <source>Offer RFC 7009 token revocation and advertise it.</source>
        <translation>Cynigiwch ddirymu tocynnau RFC 7009 a&apos;i hysbysebu.</translation>
    </message>
    <message>
        <source>The token endpoint answers a request it must refuse (a made-up code) with HTTP 400 or 401 and a JSON error.</source>
        <translation>Mae&apos;r pwynt terfyn tocyn yn ateb cais y mae&apos;n rhaid iddo ei wrthod (cod ffug) gyda HTTP 400 neu 401 a gwall JSON.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with error %3.</source>
        <translation>Atebodd %1 HTTP %2 gyda&apos;r gwall %3.</translation>
    </message>
    <message>
        <source>%1 answered HTTP 200 to a made-up authorization code.</source>
        <translation>Atebodd %1 HTTP 200 i god awdurdodi ffug.</translation>
    </message>
    <message>
        <source>Refuse unknown codes with invalid_grant.</source>
        <translation>Gwrthodwch godau anhysbys gydag invalid_grant.</translation>
    </message>
    <message>
        <source>%1 gave %2.</source>
        <translation>Rhoddodd %1 %2.</translation>
    </message>
    <message>
        <source>Check that the token endpoint is running and answers errors as JSON ({&quot;error&quot;: &quot;invalid_grant&quot;, ...}).</source>
        <translation>Gwiriwch fod y pwynt terfyn tocyn yn rhedeg ac yn ateb gwallau fel JSON ({&quot;error&quot;: &quot;invalid_grant&quot;, ...}).</translation>
    </message>
    <message>
        <source>The advertised %1 answers (200 for an unknown token, or 400/401 asking for client authentication).</source>
        <translation>Mae&apos;r %1 a hysbysebwyd yn ateb (200 ar gyfer tocyn anhysbys, neu 400/401 yn gofyn am ddilysu&apos;r cleient).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>Atebodd %1 HTTP %2.</translation>
    </message>
    <message>
        <source>Serve %1 where the metadata says, or stop advertising it.</source>
        <translation>Gweinwch %1 lle mae&apos;r metadata yn ei ddweud, neu peidiwch â&apos;i hysbysebu.</translation>
    </message>
    <message>
        <source>The FHIR API answers, and refuses a read without an access token with HTTP 401.</source>
        <translation>Mae&apos;r API FHIR yn ateb, ac yn gwrthod darllen heb docyn mynediad gyda HTTP 401.</translation>
    </message>
    <message>
        <source>%1 without a token: HTTP %2.</source>
        <translation>%1 heb docyn: HTTP %2.</translation>
    </message>
    <message>
        <source>%1 without a token: HTTP 200, data without sign-in.</source>
        <translation>%1 heb docyn: HTTP 200, data heb fewngofnodi.</translation>
    </message>
    <message>
        <source>If this server holds real records, require a bearer token.</source>
        <translation>Os yw&apos;r gweinydd hwn yn dal cofnodion go iawn, mynnwch docyn bearer.</translation>
    </message>
    <message>
        <source>%1 without a token gave %2.</source>
        <translation>Rhoddodd %1 heb docyn %2.</translation>
    </message>
    <message>
        <source>Check that the FHIR API is running behind %1.</source>
        <translation>Gwiriwch fod yr API FHIR yn rhedeg y tu ôl i %1.</translation>
    </message>
</context>
<context>
    <name>ccri::probe::IssuerMetadataCheck</name>
    <message>
        <source>Authorization server metadata</source>
        <translation>Metadata&apos;r gweinydd awdurdodi</translation>
    </message>
    <message>
        <source>Which server is which: the authorization server (the issuer, where sign-in and tokens happen) and the FHIR server (the aud of every authorization request).</source>
        <translation>Pa weinydd yw pa un: y gweinydd awdurdodi (y cyhoeddwr, lle mae mewngofnodi a thocynnau&apos;n digwydd) a&apos;r gweinydd FHIR (aud pob cais awdurdodi).</translation>
    </message>
    <message>
        <source>The discovery documents name no issuer, so an id_token&apos;s iss and an authorization response&apos;s iss cannot be checked. Authorization endpoint: %1; FHIR server: %2.</source>
        <translation>Nid yw&apos;r dogfennau darganfod yn enwi cyhoeddwr, felly ni ellir gwirio iss id_token nac iss ateb awdurdodi. Pwynt terfyn awdurdodi: %1; gweinydd FHIR: %2.</translation>
    </message>
    <message>
        <source>Give issuer in the smart-configuration.</source>
        <translation>Rhowch issuer yn y smart-configuration.</translation>
    </message>
    <message>
        <source>Authorization server (issuer) %1 and FHIR server %2 are on the same host %3.</source>
        <translation>Mae&apos;r gweinydd awdurdodi (cyhoeddwr) %1 a&apos;r gweinydd FHIR %2 ar yr un gwesteiwr %3.</translation>
    </message>
    <message>
        <source>Authorization server (issuer) %1 is on another host than the FHIR server %2: tokens come from %3, aud names %2.</source>
        <translation>Mae&apos;r gweinydd awdurdodi (cyhoeddwr) %1 ar westeiwr gwahanol i&apos;r gweinydd FHIR %2: daw tocynnau o %3, mae aud yn enwi %2.</translation>
    </message>
    <message>
        <source>%1 (%2) gave %3</source>
        <translation>Rhoddodd %1 (%2) %3</translation>
    </message>
    <message>
        <source>The %1 document names exactly the issuer it was fetched for.</source>
        <translation>Mae&apos;r ddogfen %1 yn enwi&apos;r union gyhoeddwr y&apos;i nôlwyd ar ei gyfer.</translation>
    </message>
    <message>
        <source>issuer %1.</source>
        <translation>cyhoeddwr %1.</translation>
    </message>
    <message>
        <source>The smart-configuration names %1, but %2 names %3.</source>
        <translation>Mae&apos;r smart-configuration yn enwi %1, ond mae %2 yn enwi %3.</translation>
    </message>
    <message>
        <source>no issuer</source>
        <translation>dim cyhoeddwr</translation>
    </message>
    <message>
        <source>Make the issuer identical, character for character, in every discovery document and token.</source>
        <translation>Gwnewch y cyhoeddwr yn union yr un fath, nod am nod, ym mhob dogfen ddarganfod a thocyn.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata and the smart-configuration name the same endpoints.</source>
        <translation>Mae metadata&apos;r cyhoeddwr a&apos;r smart-configuration yn enwi&apos;r un pwyntiau terfyn.</translation>
    </message>
    <message>
        <source>%1 differs (smart-configuration / issuer metadata): %2.</source>
        <translation>Mae %1 yn wahanol (smart-configuration / metadata&apos;r cyhoeddwr): %2.</translation>
    </message>
    <message>
        <source>Generate both documents from one place.</source>
        <translation>Cynhyrchwch y ddwy ddogfen o un lle.</translation>
    </message>
    <message>
        <source>The issuer publishes its own metadata (OpenID Connect Discovery or RFC 8414); with sso-openid-connect, OpenID Connect Discovery is required.</source>
        <translation>Mae&apos;r cyhoeddwr yn cyhoeddi ei fetadata ei hun (OpenID Connect Discovery neu RFC 8414); gyda sso-openid-connect, mae OpenID Connect Discovery yn ofynnol.</translation>
    </message>
    <message>
        <source>Serve the issuer&apos;s metadata at %1.</source>
        <translation>Gweinwch fetadata&apos;r cyhoeddwr yn %1.</translation>
    </message>
    <message>
        <source>Answered: %1.</source>
        <translation>Wedi ateb: %1.</translation>
    </message>
</context>
<context>
    <name>ccri::probe::JwksCheck</name>
    <message>
        <source>Signing keys (jwks_uri)</source>
        <translation>Allweddi llofnodi (jwks_uri)</translation>
    </message>
    <message>
        <source>jwks_uri answers with the server&apos;s public signing keys.</source>
        <translation>Mae jwks_uri yn ateb gydag allweddi llofnodi cyhoeddus y gweinydd.</translation>
    </message>
    <message>
        <source>The server publishes no jwks_uri, so no id_token signature can be checked.</source>
        <translation>Nid yw&apos;r gweinydd yn cyhoeddi jwks_uri, felly ni ellir gwirio llofnod unrhyw id_token.</translation>
    </message>
    <message>
        <source>Publish the signing keys as a JWK Set and give its URL as jwks_uri.</source>
        <translation>Cyhoeddwch yr allweddi llofnodi fel Set JWK a rhowch ei URL fel jwks_uri.</translation>
    </message>
    <message>
        <source>%1 gave %2.</source>
        <translation>Rhoddodd %1 %2.</translation>
    </message>
    <message>
        <source>Serve the JWK Set at %1, without authentication.</source>
        <translation>Gweinwch y Set JWK yn %1, heb ddilysu.</translation>
    </message>
    <message>
        <source>%1 answered HTTP 200.</source>
        <translation>Atebodd %1 HTTP 200.</translation>
    </message>
    <message>
        <source>The JWK Set holds usable public signing keys (no private members, RSA of 2048 bits or more, EC points on their curves).</source>
        <translation>Mae&apos;r Set JWK yn dal allweddi llofnodi cyhoeddus y gellir eu defnyddio (dim aelodau preifat, RSA o 2048 did neu fwy, pwyntiau EC ar eu cromliniau).</translation>
    </message>
    <message>
        <source>The JWK Set holds no signing key this explorer can use.</source>
        <translation>Nid yw&apos;r Set JWK yn dal unrhyw allwedd lofnodi y gall y rhaglen hon ei defnyddio.</translation>
    </message>
    <message>
        <source>Publish {&quot;keys&quot;:[...]} with the public halves of the signing keys only.</source>
        <translation>Cyhoeddwch {&quot;keys&quot;:[...]} gyda hanerau cyhoeddus yr allweddi llofnodi yn unig.</translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation>(dim kid)</translation>
    </message>
    <message>
        <source>Usable keys (%1): %2.</source>
        <translation>Allweddi y gellir eu defnyddio (%1): %2.</translation>
    </message>
    <message>
        <source>Every advertised id_token signing algorithm has a key of its type, and none is &quot;none&quot;.</source>
        <translation>Mae gan bob algorithm llofnodi id_token a hysbysebir allwedd o&apos;i fath, ac nid oes un yn &quot;none&quot;.</translation>
    </message>
    <message>
        <source>&quot;none&quot; is advertised: unsigned id_tokens</source>
        <translation>Hysbysebir &quot;none&quot;: id_tokens heb eu llofnodi</translation>
    </message>
    <message>
        <source>%1 has no %2 key</source>
        <translation>Nid oes allwedd %2 gan %1</translation>
    </message>
    <message>
        <source>usable</source>
        <translation>defnyddiadwy</translation>
    </message>
    <message>
        <source>id_token_signing_alg_values_supported: %1.</source>
        <translation>id_token_signing_alg_values_supported: %1.</translation>
    </message>
    <message>
        <source>Sign id_tokens with an asymmetric algorithm (RS256) and publish its key.</source>
        <translation>Llofnodwch id_tokens gydag algorithm anghymesur (RS256) a chyhoeddwch ei allwedd.</translation>
    </message>
</context>
<context>
    <name>ccri::probe::SmartConfigurationCheck</name>
    <message>
        <source>SMART configuration</source>
        <translation>Ffurfweddiad SMART</translation>
    </message>
    <message>
        <source>The FHIR server publishes its SMART configuration as JSON at .well-known/smart-configuration.</source>
        <translation>Mae&apos;r gweinydd FHIR yn cyhoeddi ei ffurfweddiad SMART fel JSON yn .well-known/smart-configuration.</translation>
    </message>
    <message>
        <source>%1 answered HTTP 200, but not with a JSON object.</source>
        <translation>Atebodd %1 HTTP 200, ond nid gyda gwrthrych JSON.</translation>
    </message>
    <message>
        <source>%1 gave %2.</source>
        <translation>Rhoddodd %1 %2.</translation>
    </message>
    <message>
        <source>Serve the SMART configuration (application/json) at %1.</source>
        <translation>Gweinwch y ffurfweddiad SMART (application/json) yn %1.</translation>
    </message>
    <message>
        <source>%1 answered with a JSON object.</source>
        <translation>Atebodd %1 gyda gwrthrych JSON.</translation>
    </message>
    <message>
        <source>The server is reached over TLS with a certificate valid for its host (or trusted through the profile&apos;s CA file); plain HTTP only on this computer&apos;s loopback.</source>
        <translation>Cyrhaeddir y gweinydd dros TLS gyda thystysgrif ddilys ar gyfer ei westeiwr (neu a ymddiriedir drwy ffeil CA y proffil); HTTP plaen ar ddolen-ôl y cyfrifiadur hwn yn unig.</translation>
    </message>
    <message>
        <source>Give %1 a certificate for this host name from a trusted CA, or add the private CA&apos;s PEM file to the profile.</source>
        <translation>Rhowch dystysgrif i %1 ar gyfer yr enw gwesteiwr hwn gan CA y gellir ymddiried ynddo, neu ychwanegwch ffeil PEM y CA preifat at y proffil.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 succeeded and the certificate was accepted.</source>
        <translation>Llwyddodd yr ysgwyd llaw TLS gyda %1 a derbyniwyd y dystysgrif.</translation>
    </message>
    <message>
        <source>Plain HTTP to %1, a loopback address: acceptable for a server on this computer only.</source>
        <translation>HTTP plaen i %1, cyfeiriad dolen-ôl: derbyniol ar gyfer gweinydd ar y cyfrifiadur hwn yn unig.</translation>
    </message>
    <message>
        <source>The FHIR base %1 uses plain HTTP to another computer: tokens would cross the network in clear.</source>
        <translation>Mae&apos;r sylfaen FHIR %1 yn defnyddio HTTP plaen i gyfrifiadur arall: byddai tocynnau&apos;n croesi&apos;r rhwydwaith heb eu hamgryptio.</translation>
    </message>
    <message>
        <source>Serve the FHIR API and the authorization server over https.</source>
        <translation>Gweinwch yr API FHIR a&apos;r gweinydd awdurdodi dros https.</translation>
    </message>
    <message>
        <source>The SMART configuration has every field SMART App Launch 2.2 requires.</source>
        <translation>Mae gan y ffurfweddiad SMART bob maes y mae SMART App Launch 2.2 yn ei fynnu.</translation>
    </message>
    <message>
        <source>Present: %1.</source>
        <translation>Yn bresennol: %1.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Ar goll: %1.</translation>
    </message>
    <message>
        <source>Add %1 to the smart-configuration.</source>
        <translation>Ychwanegwch %1 at y smart-configuration.</translation>
    </message>
    <message>
        <source>code_challenge_methods_supported is absent or empty.</source>
        <translation>Mae code_challenge_methods_supported ar goll neu&apos;n wag.</translation>
    </message>
    <message>
        <source>code_challenge_methods_supported: %1.</source>
        <translation>code_challenge_methods_supported: %1.</translation>
    </message>
    <message>
        <source>PKCE: S256 is advertised in code_challenge_methods_supported.</source>
        <translation>PKCE: hysbysebir S256 yn code_challenge_methods_supported.</translation>
    </message>
    <message>
        <source>Support PKCE with S256 and list it in code_challenge_methods_supported.</source>
        <translation>Cefnogwch PKCE gydag S256 a&apos;i restru yn code_challenge_methods_supported.</translation>
    </message>
    <message>
        <source>PKCE: the method plain is not advertised (it protects nothing if the request is seen).</source>
        <translation>PKCE: ni hysbysebir y dull plain (nid yw&apos;n diogelu dim os gwelir y cais).</translation>
    </message>
    <message>
        <source>Remove plain from code_challenge_methods_supported and refuse it.</source>
        <translation>Tynnwch plain o code_challenge_methods_supported a&apos;i wrthod.</translation>
    </message>
    <message>
        <source>grant_types_supported lists authorization_code for a server apps sign in to.</source>
        <translation>Mae grant_types_supported yn rhestru authorization_code ar gyfer gweinydd y mae apiau&apos;n mewngofnodi iddo.</translation>
    </message>
    <message>
        <source>grant_types_supported: %1.</source>
        <translation>grant_types_supported: %1.</translation>
    </message>
    <message>
        <source>grant_types_supported is absent or empty.</source>
        <translation>Mae grant_types_supported ar goll neu&apos;n wag.</translation>
    </message>
    <message>
        <source>List authorization_code (and refresh_token, client_credentials where supported).</source>
        <translation>Rhestrwch authorization_code (a refresh_token, client_credentials lle cânt eu cefnogi).</translation>
    </message>
    <message>
        <source>Authorization responses name their issuer (iss), and the metadata says so with authorization_response_iss_parameter_supported.</source>
        <translation>Mae atebion awdurdodi yn enwi eu cyhoeddwr (iss), ac mae&apos;r metadata yn dweud hynny gydag authorization_response_iss_parameter_supported.</translation>
    </message>
    <message>
        <source>authorization_response_iss_parameter_supported: true.</source>
        <translation>authorization_response_iss_parameter_supported: true.</translation>
    </message>
    <message>
        <source>authorization_response_iss_parameter_supported is absent or false: a client cannot tell which server an authorization response came from (mix-up attacks).</source>
        <translation>Mae authorization_response_iss_parameter_supported ar goll neu&apos;n ffug: ni all cleient ddweud o ba weinydd y daeth ateb awdurdodi (ymosodiadau cymysgu).</translation>
    </message>
    <message>
        <source>Send iss in every authorization response and advertise authorization_response_iss_parameter_supported: true.</source>
        <translation>Anfonwch iss ym mhob ateb awdurdodi a hysbysebwch authorization_response_iss_parameter_supported: true.</translation>
    </message>
    <message>
        <source>Every endpoint in the SMART configuration uses https (plain HTTP on loopback only).</source>
        <translation>Mae pob pwynt terfyn yn y ffurfweddiad SMART yn defnyddio https (HTTP plaen ar ddolen-ôl yn unig).</translation>
    </message>
    <message>
        <source>No endpoint leaves this computer over plain HTTP.</source>
        <translation>Nid oes pwynt terfyn yn gadael y cyfrifiadur hwn dros HTTP plaen.</translation>
    </message>
    <message>
        <source>Plain HTTP to another computer: %1.</source>
        <translation>HTTP plaen i gyfrifiadur arall: %1.</translation>
    </message>
    <message>
        <source>Publish https URLs for these endpoints.</source>
        <translation>Cyhoeddwch URLau https ar gyfer y pwyntiau terfyn hyn.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run “ccri-explorer --help” for the options.</source>
        <translation>Rhedwch “ccri-explorer --help” i weld yr opsiynau.</translation>
    </message>
    <message>
        <source>No display found: DISPLAY and WAYLAND_DISPLAY are not set, so the window cannot open. Start the explorer with scripts/run (it provides a virtual display), or use --explain-scopes, which needs no window.</source>
        <translation>Ni chanfuwyd sgrin: nid yw DISPLAY na WAYLAND_DISPLAY wedi&apos;u gosod, felly ni all y ffenestr agor. Dechreuwch y rhaglen gyda scripts/run (mae&apos;n darparu sgrin rithwir), neu defnyddiwch --explain-scopes, nad oes angen ffenestr arno.</translation>
    </message>
    <message>
        <source>Cannot use the policy &quot;%1&quot;: %2</source>
        <translation>Ni ellir defnyddio&apos;r polisi &quot;%1&quot;: %2</translation>
    </message>
</context>
</TS>
