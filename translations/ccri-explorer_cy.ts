<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
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
        <source>--json only goes with --explain-scopes.</source>
        <translation>Dim ond gyda --explain-scopes y mae --json yn gweithio.</translation>
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
        <translation>&amp;Iawn</translation>
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
    <message>
        <source>%1 — no scopes yet, so every resource type is shut. Type scopes in the scope preview to see what they open.</source>
        <translation>%1 — dim cwmpasau eto, felly mae pob math o adnodd ar gau. Teipiwch gwmpasau yn y rhagolwg cwmpasau i weld beth maen nhw&apos;n ei agor.</translation>
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
</context>
<context>
    <name>ccri::ResourceTabs</name>
    <message>
        <source>Resource types</source>
        <translation>Mathau o adnoddau</translation>
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
        <source>An empty ?qualifier.</source>
        <translation>?qualifier gwag.</translation>
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
        <source>&lt;b&gt;New to it?&lt;/b&gt; Start the local sandbox: a practice server on this computer with made-up patients and demo accounts (clinician, reception, pharmacist, gp and limited, each with the password “password”). Nothing leaves this computer.</source>
        <translation>&lt;b&gt;Newydd i hyn?&lt;/b&gt; Dechreuwch y blwch tywod lleol: gweinydd ymarfer ar y cyfrifiadur hwn gyda chleifion ffug a chyfrifon demo (clinician, reception, pharmacist, gp a limited, pob un â&apos;r cyfrinair “password”). Nid oes dim yn gadael y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Have a server to use?&lt;/b&gt; Add it with its address; the explorer finds its sign-in page for you.</source>
        <translation>&lt;b&gt;Oes gennych weinydd i&apos;w ddefnyddio?&lt;/b&gt; Ychwanegwch ef gyda&apos;i gyfeiriad; bydd y rhaglen yn dod o hyd i&apos;w dudalen fewngofnodi i chi.</translation>
    </message>
    <message>
        <source>Help → Training guide (F1) walks you through a first session.</source>
        <translation>Mae Cymorth → Canllaw hyfforddi (F1) yn eich tywys drwy sesiwn gyntaf.</translation>
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
