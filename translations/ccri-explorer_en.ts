<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
        <source>--json only goes with --explain-scopes.</source>
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
    <message>
        <source>%1 — no scopes yet, so every resource type is shut. Type scopes in the scope preview to see what they open.</source>
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
</context>
<context>
    <name>ccri::ResourceTabs</name>
    <message>
        <source>Resource types</source>
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
        <source>An empty ?qualifier.</source>
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
        <source>&lt;b&gt;New to it?&lt;/b&gt; Start the local sandbox: a practice server on this computer with made-up patients and demo accounts (clinician, reception, pharmacist, gp and limited, each with the password “password”). Nothing leaves this computer.</source>
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
