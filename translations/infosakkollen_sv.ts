<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>ActionPlanCsv</name>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="11"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="12"/>
        <source>Work area</source>
        <translation>Arbetsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="13"/>
        <source>Question id</source>
        <translation>Fråga-id</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="14"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="15"/>
        <source>Current answer</source>
        <translation>Nuvarande svar</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="16"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="17"/>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="18"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="19"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="20"/>
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="21"/>
        <source>Guidance</source>
        <translation>Vägledning</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="31"/>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="40"/>
        <source>(no date)</source>
        <translation>(inget datum)</translation>
    </message>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="63"/>
        <source>Level (score 0–4) per assessment, oldest first.</source>
        <translation>Nivå (poäng 0–4) per bedömning, äldst först.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/trend.cpp" line="68"/>
        <source>(questionnaire version %1, carried over; %n item(s) could not be carried over)</source>
        <translation>
            <numerusform>(frågeversion %1, överförd; %n uppgift kunde inte föras över)</numerusform>
            <numerusform>(frågeversion %1, överförd; %n uppgifter kunde inte föras över)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/trend.cpp" line="74"/>
        <source>(%n question(s) added since, counted as not answered)</source>
        <translation>
            <numerusform>(%n fråga tillagd sedan dess, räknas som obesvarad)</numerusform>
            <numerusform>(%n frågor tillagda sedan dess, räknas som obesvarade)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="90"/>
        <source>Every assessment is scored here under the rule %1 of version %2. Made under the rule %4, %3 can show other levels here than were reported then.</source>
        <translation>Alla bedömningar poängsätts här med regeln %1 i version %2. %3 gjordes med regeln %4 och kan därför visa andra nivåer här än de som redovisades då.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="97"/>
        <source>Note: the files name different organisations.</source>
        <translation>Obs! Filerna anger olika organisationer.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="105"/>
        <source>--trend needs at least two assessment files</source>
        <translation>--trend behöver minst två bedömningsfiler</translation>
    </message>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="124"/>
        <source>%1: made with questionnaire &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>%1: gjord med frågeformuläret ”%2”, inte ”%3”</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="90"/>
        <source>--export-pdf needs the assessment and one output file: --export-pdf ASSESSMENT OUT.pdf</source>
        <translation>--export-pdf behöver bedömningen och en utdatafil: --export-pdf BEDÖMNING UT.pdf</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="41"/>
        <source>%1: the benchmark is for questionnaire %2, not %3</source>
        <translation>%1: jämförelsedata gäller frågeformuläret %2, inte %3</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="49"/>
        <source>%1: group &quot;%2&quot; is not published in this benchmark</source>
        <translation>%1: gruppen ”%2” är inte publicerad i dessa jämförelsedata</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="57"/>
        <source>%1: no published group to compare with; the report leaves it out</source>
        <translation>%1: ingen publicerad grupp att jämföra med; rapporten utelämnar jämförelsen</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="95"/>
        <source>internal error: --export-pdf needs a QApplication</source>
        <translation>internt fel: --export-pdf behöver en QApplication</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="159"/>
        <source>--requirements: no requirement set &quot;%1&quot; covers questionnaire &quot;%2&quot;; available: %3</source>
        <translation>--requirements: ingen kravsamling ”%1” täcker frågeformuläret ”%2”; tillgängliga: %3</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="162"/>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="183"/>
        <source>%1: report written</source>
        <translation>%1: rapporten skrevs</translation>
    </message>
    <message>
        <location filename="../src/app/commands/submission.cpp" line="16"/>
        <source>--export-submission needs the assessment and one output file: --export-submission ASSESSMENT OUT.json</source>
        <translation>--export-submission behöver bedömningen och en utfil: --export-submission BEDÖMNING UT.json</translation>
    </message>
    <message>
        <location filename="../src/app/commands/submission.cpp" line="36"/>
        <source>Note: the assessment has no organisation type, so the submission counts only in the group of all organisations.</source>
        <translation>Obs: bedömningen saknar organisationstyp, så inlämningen räknas bara i gruppen med alla organisationer.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/submission.cpp" line="39"/>
        <source>Note: the assessment has no size band, so the submission counts in no size group.</source>
        <translation>Obs: bedömningen saknar storleksklass, så inlämningen räknas inte i någon storleksgrupp.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/submission.cpp" line="40"/>
        <source>%1: submission written. It holds only what is shown above: no names, comments, evidence or notes.</source>
        <translation>%1: inlämningen skrevs. Den innehåller bara det som visas ovan: inga namn, kommentarer, underlag eller anteckningar.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="152"/>
        <source>%1: --out names a submission that is one of the inputs; name another file for the benchmark</source>
        <translation>%1: --out anger en inlämning som är en av indatafilerna; ange en annan fil för jämförelsen</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="219"/>
        <location filename="../src/app/commands/trend.cpp" line="119"/>
        <source>%1: questionnaire &quot;%2&quot; is not available; name its file with --questionnaire</source>
        <translation>%1: frågeformuläret ”%2” finns inte; ange dess fil med --questionnaire</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="245"/>
        <source>Files read: %1, used: %2, skipped: %3</source>
        <translation>Lästa filer: %1, använda: %2, överhoppade: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/aggregate.cpp" line="247"/>
        <source>Duplicates counted once: %n (the same submission, or the same answers, as one used)</source>
        <translation>
            <numerusform>Dubbletter räknade en gång: %n (samma inlämning, eller samma svar, som en som används)</numerusform>
            <numerusform>Dubbletter räknade en gång: %n (samma inlämning, eller samma svar, som en som används)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="251"/>
        <source>Files used with warnings: %1 (answers the questionnaire does not know count as unanswered)</source>
        <translation>Filer använda med varningar: %1 (svar som frågeformuläret inte känner till räknas som obesvarade)</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="255"/>
        <source>No submission could be used; no benchmark was written.</source>
        <translation>Ingen inlämning kunde användas; inga jämförelsedata skrevs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/aggregate.cpp" line="271"/>
        <source>%1: a benchmark of round “%2” made from other submissions (%n submission(s)) exists; whoever has both can work out the scores of the submissions that differ</source>
        <translation>
            <numerusform>%1: det finns redan jämförelsedata för omgången ”%2” från andra inlämningar (%n inlämning); den som har båda kan räkna ut poängen för de inlämningar som skiljer</numerusform>
            <numerusform>%1: det finns redan jämförelsedata för omgången ”%2” från andra inlämningar (%n inlämningar); den som har båda kan räkna ut poängen för de inlämningar som skiljer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="277"/>
        <source>No benchmark was written. Name a new round with --round, or write it anyway with --force.</source>
        <translation>Inga jämförelsedata skrevs. Ange en ny omgång med --round, eller skriv ändå med --force.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="281"/>
        <source>warning: %1 (written anyway: --force)</source>
        <translation>varning: %1 (skrevs ändå: --force)</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="284"/>
        <source>--min-group %1 was raised to %2: no group is published with fewer organisations.</source>
        <translation>--min-group %1 höjdes till %2: ingen grupp med färre organisationer publiceras.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="297"/>
        <source>Questionnaire: %1 %2</source>
        <translation>Frågeformulär: %1 %2</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="300"/>
        <source>Round: %1</source>
        <translation>Omgång: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/aggregate.cpp" line="301"/>
        <source>Groups published: %1, suppressed: %2 (fewer than %n organisation(s), or hidden so that a smaller group cannot be worked out by subtraction)</source>
        <translation>
            <numerusform>Publicerade grupper: %1, undertryckta: %2 (färre än %n organisation, eller dolda så att en mindre grupp inte kan räknas fram genom subtraktion)</numerusform>
            <numerusform>Publicerade grupper: %1, undertryckta: %2 (färre än %n organisationer, eller dolda så att en mindre grupp inte kan räknas fram genom subtraktion)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="316"/>
        <source>%1: benchmark written</source>
        <translation>%1: jämförelsedata skrevs</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="38"/>
        <source>Self-assessment of systematic information-security work for Swedish public bodies.</source>
        <translation>Självskattning av systematiskt informationssäkerhetsarbete för svenska offentliga verksamheter.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="57"/>
        <source>%1 and %2 are two commands; give one at a time</source>
        <translation>%1 och %2 är två kommandon; ange ett i taget</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="60"/>
        <source>%1 is not used with %2</source>
        <translation>%1 används inte med %2</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="125"/>
        <source>Unknown language &quot;%1&quot; for --lang; use one of: %2</source>
        <translation>Okänt språk ”%1” för --lang; ange ett av: %2</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="31"/>
        <source>Check questionnaire or assessment files and report every problem.</source>
        <translation>Kontrollera filer med frågeformulär eller bedömningar och rapportera alla problem.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="33"/>
        <source>Print the levels of an assessment.</source>
        <translation>Skriv ut nivåerna för en bedömning.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="35"/>
        <source>With --score or --trend: print JSON.</source>
        <translation>Med --score eller --trend: skriv ut JSON.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="67"/>
        <source>With --aggregate: groups with fewer organisations are not published (default 5, at least 3).</source>
        <translation>Med --aggregate: grupper med färre organisationer publiceras inte (standard 5, minst 3).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="78"/>
        <source>With --aggregate: the collection round the submissions belong to (default: this year).</source>
        <translation>Med --aggregate: insamlingsomgången som inlämningarna hör till (standard: i år).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="82"/>
        <source>With --aggregate: write the benchmark even though one of the same round from other submissions exists.</source>
        <translation>Med --aggregate: skriv jämförelsedata även om det finns sådana för samma omgång från andra inlämningar.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="87"/>
        <source>Print level and score per work area for several assessments of the same organisation, oldest first: --trend ASSESSMENT ASSESSMENT... Older questionnaire versions are carried over first.</source>
        <translation>Skriv ut nivå och poäng per arbetsområde för flera bedömningar av samma organisation, äldst först: --trend BEDÖMNING BEDÖMNING... Äldre versioner av frågeformuläret förs över först.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="93"/>
        <source>With --export-pdf: compare with this benchmark file (median and position in the group per work area).</source>
        <translation>Med --export-pdf: jämför med denna fil med jämförelsedata (median och läge i gruppen per arbetsområde).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="37"/>
        <source>Language of the output (sv, en, nb).</source>
        <translation>Språk för utdata (sv, en, nb).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="22"/>
        <location filename="../src/app/commands/options.cpp" line="25"/>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="28"/>
        <source>Show the program&apos;s version.</source>
        <translation>Visa programmets version.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="40"/>
        <source>Also use this questionnaire file (may be repeated).</source>
        <translation>Använd även den här filen med frågeformulär (kan anges flera gånger).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="42"/>
        <source>Write the management report of an assessment as PDF: --export-pdf ASSESSMENT OUT.pdf. Works without a display.</source>
        <translation>Skriv ledningsrapporten för en bedömning som PDF: --export-pdf BEDÖMNING UT.pdf. Fungerar utan skärm.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="47"/>
        <source>With --export-pdf: include comments and notes (they may be sensitive).</source>
        <translation>Med --export-pdf: ta med kommentarer och anteckningar (de kan vara känsliga).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="50"/>
        <source>With --export-pdf: add an appendix with every question.</source>
        <translation>Med --export-pdf: lägg till en bilaga med alla frågor.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="98"/>
        <source>With --benchmark: the group to compare with, e.g. all, type:kommun (default: the organisation&apos;s most specific published group).</source>
        <translation>Med --benchmark: gruppen att jämföra med, t.ex. all, type:kommun (standard: organisationens mest specifika publicerade grupp).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="103"/>
        <source>With --export-pdf: an earlier assessment of the organisation for the development over time (may be repeated).</source>
        <translation>Med --export-pdf: en tidigare bedömning av organisationen för utvecklingen över tid (kan upprepas).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="108"/>
        <source>With --export-pdf: a requirement set to report on, by id (cybersakerhetslagen, msbfs-2020-6, …) or as a file of one&apos;s own (may be repeated; default: the set for the organisation&apos;s type; none: no set).</source>
        <translation>Med --export-pdf: en kravsamling att rapportera mot, med id (cybersakerhetslagen, msbfs-2020-6, …) eller som en egen fil (kan upprepas; standard: samlingen för organisationens typ; none: ingen samling).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="52"/>
        <source>With --export-pdf: leave out the action plan.</source>
        <translation>Med --export-pdf: utelämna åtgärdsplanen.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="54"/>
        <source>Write the anonymised submission of an assessment for a benchmark: --export-submission ASSESSMENT OUT.json. It holds only the questionnaire, the organisation type and size band, the year and the answers, and is printed.</source>
        <translation>Skriv en anonymiserad inlämning av en bedömning för jämförelsedata: --export-submission BEDÖMNING UT.json. Den innehåller bara frågeformuläret, organisationstyp och storleksklass, året och svaren, och skrivs även ut.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="60"/>
        <source>Build a benchmark from submission files: --aggregate FOLDER_OR_FILE... --out BENCHMARK.json. Reads every *.json file in the folders.</source>
        <translation>Bygg jämförelsedata av inlämningsfiler: --aggregate MAPP_ELLER_FIL... --out JÄMFÖRELSE.json. Läser alla *.json-filer i mapparna.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="64"/>
        <source>With --aggregate: the benchmark file to write.</source>
        <translation>Med --aggregate: filen med jämförelsedata som ska skrivas.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="72"/>
        <source>With --aggregate: a label stored in the benchmark (its source).</source>
        <translation>Med --aggregate: en etikett som sparas i jämförelsedata (dess källa).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="75"/>
        <source>With --aggregate: mark the benchmark as made from invented data.</source>
        <translation>Med --aggregate: märk jämförelsedata som gjorda av påhittade uppgifter.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="42"/>
        <source>Files to check (with --validate); the output file (with --export-pdf).</source>
        <translation>Filer att kontrollera (med --validate); utdatafilen (med --export-pdf).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="327"/>
        <source>--aggregate needs the benchmark file to write: --aggregate FOLDER_OR_FILE... --out BENCHMARK.json</source>
        <translation>--aggregate behöver filen som ska skrivas: --aggregate MAPP_ELLER_FIL... --out JÄMFÖRELSE.json</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="335"/>
        <source>--min-group must be a whole number of at least 1</source>
        <translation>--min-group måste vara ett heltal som är minst 1</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="96"/>
        <source>Assessment file to open.</source>
        <translation>Bedömningsfil att öppna.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/common.cpp" line="98"/>
        <source>%1: questionnaire &quot;%2&quot; version &quot;%3&quot; is not available (version %4 is, but has no migration from it); name its file with --questionnaire</source>
        <translation>%1: frågeformuläret ”%2” version ”%3” finns inte (version %4 finns, men saknar överföring från den); ange dess fil med --questionnaire</translation>
    </message>
    <message>
        <location filename="../src/app/commands/common.cpp" line="102"/>
        <source>%1: questionnaire &quot;%2&quot; version &quot;%3&quot; is not available; name its file with --questionnaire</source>
        <translation>%1: frågeformuläret ”%2” version ”%3” finns inte; ange dess fil med --questionnaire</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="19"/>
        <location filename="../src/app/commands/trend.cpp" line="30"/>
        <source>Work area</source>
        <translation>Arbetsområde</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="31"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="32"/>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="32"/>
        <source>Answered</source>
        <translation>Besvarade</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="33"/>
        <source>not assessed</source>
        <translation>inte bedömt</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="43"/>
        <location filename="../src/app/commands/trend.cpp" line="60"/>
        <source>Overall</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="50"/>
        <source>Level 1 not yet reached.</source>
        <translation>Nivå 1 är ännu inte nådd.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="59"/>
        <source>The overall level is that of the lowest work area: %1.</source>
        <translation>Den samlade nivån är det lägsta arbetsområdets: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="63"/>
        <source>For information, not the level: mean area score %1, share met of all questions %2.</source>
        <translation>Som information, inte som nivå: medelpoäng per arbetsområde %1, uppfylld andel av alla frågor %2.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="69"/>
        <source>Not assessed (too little is applicable): %1.</source>
        <translation>Inte bedömda (för lite är tillämpligt): %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/score.cpp" line="74"/>
        <source>%n Not applicable answer(s) without a reason in the comment.</source>
        <translation>
            <numerusform>%n svar Ej tillämplig utan motivering i kommentaren.</numerusform>
            <numerusform>%n svar Ej tillämplig utan motivering i kommentaren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/score.cpp" line="79"/>
        <source>%n Not applicable answer(s) where the questionnaire does not allow it, counted as unanswered.</source>
        <translation>
            <numerusform>%n svar Ej tillämplig där frågeformuläret inte tillåter det, räknat som obesvarat.</numerusform>
            <numerusform>%n svar Ej tillämplig där frågeformuläret inte tillåter det, räknade som obesvarade.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="87"/>
        <source>Rule: %1, threshold %2</source>
        <translation>Regel: %1, tröskel %2</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="92"/>
        <source>, level %1: every question at least %2</source>
        <translation>, nivå %1: varje fråga minst %2</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="98"/>
        <source>, at least %1 of a level applicable</source>
        <translation>, minst %1 av en nivå tillämplig</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="34"/>
        <source>%1: valid assessment of %2 %3, %n response(s)</source>
        <translation>
            <numerusform>%1: giltig bedömning av %2 %3, %n svar</numerusform>
            <numerusform>%1: giltig bedömning av %2 %3, %n svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="45"/>
        <source>%1: valid submission of %2 %3, %n answer(s)</source>
        <translation>
            <numerusform>%1: giltig inlämning av %2 %3, %n svar</numerusform>
            <numerusform>%1: giltig inlämning av %2 %3, %n svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="58"/>
        <source>%1: valid benchmark of %2 %3, %4 of %n group(s) published</source>
        <translation>
            <numerusform>%1: giltiga jämförelsedata för %2 %3, %4 av %n grupp publicerad</numerusform>
            <numerusform>%1: giltiga jämförelsedata för %2 %3, %4 av %n grupper publicerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="70"/>
        <source>%1: valid requirement set %2 %3, %n requirement(s)</source>
        <translation>
            <numerusform>%1: giltig kravsamling %2 %3, %n krav</numerusform>
            <numerusform>%1: giltig kravsamling %2 %3, %n krav</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/validate.cpp" line="85"/>
        <source>  %1: questionnaire not at hand; name its file with --questionnaire</source>
        <translation>  %1: frågeformuläret finns inte; ange dess fil med --questionnaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="93"/>
        <source>  %1 %2: questions for %3 of %n requirement(s)</source>
        <translation>
            <numerusform>  %1 %2: frågor för %3 av %n krav</numerusform>
            <numerusform>  %1 %2: frågor för %3 av %n krav</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="108"/>
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n område</numerusform>
            <numerusform>%n områden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="109"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n fråga</numerusform>
            <numerusform>%n frågor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/validate.cpp" line="112"/>
        <source>%1: valid questionnaire %2 %3, %4, %5</source>
        <translation>%1: giltigt frågeformulär %2 %3, %4, %5</translation>
    </message>
    <message>
        <location filename="../src/app/commands/validate.cpp" line="115"/>
        <source>%1: valid questionnaire %2 %3, %4, %5, %6</source>
        <translation>%1: giltigt frågeformulär %2 %3, %4, %5, %6</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="117"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/validate.cpp" line="130"/>
        <source>--validate needs at least one file</source>
        <translation>--validate behöver minst en fil</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="26"/>
        <source>cannot open the file: %1</source>
        <translation>kan inte öppna filen: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="27"/>
        <source>the file is %1 bytes; the limit is %2 bytes</source>
        <translation>filen är %1 byte; gränsen är %2 byte</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="28"/>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="29"/>
        <source>not valid JSON: %1</source>
        <translation>ogiltig JSON: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="30"/>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>JSON-strukturen är nästlad i mer än %1 nivåer</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="31"/>
        <source>the file is in UTF-16; save it as UTF-8</source>
        <translation>filen är i UTF-16; spara den som UTF-8</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="32"/>
        <source>groups as small as %1 are published, fewer than %2 organisations: a group&apos;s figures may identify an organisation</source>
        <translation>grupper med så få som %1 publiceras, färre än %2 organisationer: en grupps siffror kan peka ut en organisation</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="35"/>
        <source>the file contains a NUL byte (a zero byte), which JSON text cannot contain</source>
        <translation>filen innehåller en NUL-byte (en nollbyte), som JSON-text inte kan innehålla</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="37"/>
        <source>the number %1 is too large</source>
        <translation>talet %1 är för stort</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="38"/>
        <source>duplicate key %1 in the same object</source>
        <translation>nyckeln %1 förekommer flera gånger i samma objekt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="39"/>
        <source>a key is longer than %1 bytes</source>
        <translation>en nyckel är längre än %1 byte</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="40"/>
        <source>more problems not listed: %1</source>
        <translation>fler problem som inte visas: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="42"/>
        <source>required key %1 is missing</source>
        <translation>den obligatoriska nyckeln %1 saknas</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="43"/>
        <source>expected %1, found %2</source>
        <translation>förväntade %1, hittade %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="44"/>
        <source>unknown key %1 is ignored</source>
        <translation>den okända nyckeln %1 ignoreras</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="45"/>
        <source>this is not a %1 file (format is %2)</source>
        <translation>detta är inte en %1-fil (formatet är %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="46"/>
        <source>format version %1 is newer than this program understands (%2); please update the program</source>
        <translation>formatversion %1 är nyare än vad det här programmet förstår (%2); uppdatera programmet</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="49"/>
        <source>format version %1 is not supported; this program reads version %2</source>
        <translation>formatversion %1 stöds inte; det här programmet läser version %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="50"/>
        <source>invalid id %1: use a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit, at most 64 characters</source>
        <translation>ogiltigt id %1: använd a-z, 0-9, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos;, börja med en bokstav eller siffra och använd högst 64 tecken</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="52"/>
        <source>invalid date %1; expected YYYY-MM-DD</source>
        <translation>ogiltigt datum %1; förväntade ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="53"/>
        <source>must not be empty</source>
        <translation>värdet får inte vara tomt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="54"/>
        <source>invalid language code %1</source>
        <translation>ogiltig språkkod %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="55"/>
        <source>language %1 is listed twice</source>
        <translation>språket %1 anges två gånger</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="56"/>
        <source>missing text for language %1</source>
        <translation>text saknas för språket %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="57"/>
        <source>text for language %1, which the questionnaire does not list, is ignored</source>
        <translation>text för språket %1, som inte finns med i frågeformulärets språklista, ignoreras</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="59"/>
        <source>link must use https: %1</source>
        <translation>länken måste använda https: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="60"/>
        <source>a link&apos;s host must be a plain name such as www.msb.se, without a user name and only of the letters a–z, digits, &apos;-&apos; and &apos;.&apos;: %1</source>
        <translation>en länks värd måste vara ett vanligt namn som www.msb.se, utan användarnamn och bara med bokstäverna a–z, siffror, &apos;-&apos; och &apos;.&apos;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="63"/>
        <source>duplicate %1 id %2 (first used at %3)</source>
        <translation>det finns redan %1 med id %2 (första gången vid %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="64"/>
        <source>%1 must be between %2 and %3, found %4</source>
        <translation>%1 måste vara mellan %2 och %3, hittade %4</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="65"/>
        <source>%1 must be greater than 0, found %2</source>
        <translation>%1 måste vara större än 0, hittade %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="67"/>
        <source>unknown level %1; must be 1, 2, 3 or 4</source>
        <translation>okänd nivå %1; måste vara 1, 2, 3 eller 4</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="68"/>
        <source>level %1 is not defined; exactly the levels 1, 2, 3 and 4 are required</source>
        <translation>nivå %1 är inte definierad; exakt nivåerna 1, 2, 3 och 4 krävs</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="70"/>
        <source>%1 must not be empty</source>
        <translation>%1 får inte vara tom</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="71"/>
        <source>the answer scale needs at least two options</source>
        <translation>svarsskalan måste ha minst två alternativ</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="73"/>
        <source>the answer scale needs an option with value 1 that is not excluded</source>
        <translation>svarsskalan måste ha ett alternativ med värdet 1 som inte är undantaget (excluded)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="74"/>
        <source>unknown scoring rule %1; this program knows %2</source>
        <translation>okänd beräkningsregel %1; det här programmet känner till %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="75"/>
        <source>%1 applies only to the scoring rule %2</source>
        <translation>%1 gäller bara poängregeln %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="77"/>
        <source>question %1 does not allow the answer %2; it counts as unanswered</source>
        <translation>fråga %1 tillåter inte svaret %2; det räknas som obesvarat</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="78"/>
        <source>unknown requirement id %1</source>
        <translation>okänt krav-id %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="79"/>
        <source>%1 needs format_version %2 or newer</source>
        <translation>%1 kräver format_version %2 eller senare</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="80"/>
        <source>unknown link id %1; the questionnaire&apos;s &quot;links&quot; table has no such entry</source>
        <translation>okänt länk-id %1; formulärets länktabell &quot;links&quot; saknar en sådan post</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="82"/>
        <source>link %1 is not used by any work area or question</source>
        <translation>länken %1 används inte av något arbetsområde eller någon fråga</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="84"/>
        <source>migration target %1 is not a question of this version</source>
        <translation>migreringsmålet %1 är inte en fråga i den här versionen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="85"/>
        <source>migration target %1 is not an area of this version</source>
        <translation>migreringsmålet %1 är inte ett område i den här versionen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="87"/>
        <source>migration target %1 is not an answer id of this version</source>
        <translation>migreringsmålet %1 är inte ett svars-id i den här versionen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="88"/>
        <source>more than one migration from version %1</source>
        <translation>mer än en migrering från version %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="90"/>
        <source>added question %1 is not a question of this version</source>
        <translation>den tillagda frågan %1 finns inte i den här versionen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="91"/>
        <source>question %1 is listed as added more than once</source>
        <translation>frågan %1 står mer än en gång bland de tillagda</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="93"/>
        <source>question %1 is listed as added but an older question is renamed to it</source>
        <translation>frågan %1 står bland de tillagda, men en äldre fråga byter namn till den</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="95"/>
        <source>changed question %1 is not a question of this version</source>
        <translation>den ändrade frågan %1 finns inte i den här versionen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="97"/>
        <source>question %1 is listed as changed more than once</source>
        <translation>frågan %1 står mer än en gång bland de ändrade</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="99"/>
        <source>question %1 is listed both as added and as changed</source>
        <translation>frågan %1 står både bland de tillagda och bland de ändrade</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="101"/>
        <source>unknown organisation type %1</source>
        <translation>okänd organisationstyp %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="102"/>
        <source>unknown size band %1 for organisation type %2</source>
        <translation>okänd storleksklass %1 för organisationstypen %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="103"/>
        <source>question %1 is not in questionnaire %2 version %3; its answer is not used</source>
        <translation>frågan %1 finns inte i frågeformuläret %2 version %3; svaret används inte</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="105"/>
        <source>answer %1 is not on the questionnaire&apos;s answer scale</source>
        <translation>svaret %1 finns inte på frågeformulärets svarsskala</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="106"/>
        <source>area %1 is not in questionnaire %2 version %3; its target is not used</source>
        <translation>området %1 finns inte i frågeformuläret %2 version %3; målet används inte</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="108"/>
        <source>target level must be 0 to 4, found %1</source>
        <translation>målnivån måste vara 0 till 4, hittade %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="110"/>
        <source>the assessment is for questionnaire %1, not %2</source>
        <translation>bedömningen gäller frågeformuläret %1, inte %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="112"/>
        <source>the assessment is for version %1 of the questionnaire, not %2</source>
        <translation>bedömningen gäller version %1 av frågeformuläret, inte %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="113"/>
        <source>the assessment cannot be carried over to version %1 of its questionnaire</source>
        <translation>bedömningen kan inte föras över till version %1 av sitt frågeformulär</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="115"/>
        <source>a trend needs at least two assessments; %1 given</source>
        <translation>en trend behöver minst två bedömningar; %1 angavs</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="116"/>
        <source>the assessment was made with version %1 of questionnaire %2, and version %3 has no migration from it</source>
        <translation>bedömningen gjordes med version %1 av frågeformuläret %2, och version %3 saknar migrering från den</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="119"/>
        <source>the group has %1 organisations, fewer than the minimum of %2; such a group must not be published</source>
        <translation>gruppen har %1 organisationer, färre än minimum %2; en sådan grupp får inte publiceras</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="122"/>
        <source>invalid submission id %1: expected 32 hexadecimal digits (0-9, a-f)</source>
        <translation>ogiltigt inlämnings-id %1: 32 hexadecimala siffror (0-9, a-f) väntades</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="125"/>
        <source>submission %1 was read before; this copy is not used</source>
        <translation>inlämningen %1 har redan lästs; denna kopia används inte</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="128"/>
        <source>the same answers as a submission read before; counted once, so this one is not used</source>
        <translation>samma svar som en inlämning som redan lästs; räknas en gång, så denna används inte</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="131"/>
        <source>quartiles are published only for groups of at least %2 organisations; this group has %1</source>
        <translation>kvartiler publiceras bara för grupper med minst %2 organisationer; denna grupp har %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="134"/>
        <source>an entity kind is given, but the organisation is not marked as covered by the Cybersecurity Act</source>
        <translation>en typ av verksamhetsutövare anges, men organisationen är inte markerad som omfattad av cybersäkerhetslagen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="137"/>
        <source>question %1 is not in questionnaire %2 version %3; it does not count as evidence</source>
        <translation>frågan %1 finns inte i frågeformuläret %2 version %3; den räknas inte som underlag</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="140"/>
        <source>the level counts add up to %1, but the group has %2 organisations</source>
        <translation>antalen per nivå blir sammanlagt %1, men gruppen har %2 organisationer</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="142"/>
        <source>could not save: %1</source>
        <translation>kunde inte spara: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="155"/>
        <source>answer</source>
        <comment>kind of id in: duplicate %1 id</comment>
        <translation>ett svar</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="156"/>
        <source>level</source>
        <comment>kind of id in: duplicate %1 id</comment>
        <translation>en nivå</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="157"/>
        <source>requirement</source>
        <comment>kind of id in: duplicate %1 id</comment>
        <translation>ett krav</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="158"/>
        <source>area</source>
        <comment>kind of id in: duplicate %1 id</comment>
        <translation>ett område</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="159"/>
        <source>question</source>
        <comment>kind of id in: duplicate %1 id</comment>
        <translation>en fråga</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="161"/>
        <source>a string</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>en textsträng</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="162"/>
        <source>a number</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>ett tal</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="163"/>
        <source>a finite number</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>ett ändligt tal</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="164"/>
        <source>infinity</source>
        <comment>JSON value in: expected %1, found %2</comment>
        <translation>ett oändligt värde</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="165"/>
        <source>an integer</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>ett heltal</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="166"/>
        <source>true or false</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>true eller false</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="167"/>
        <source>true/false</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="168"/>
        <source>an array</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>en lista (array)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="169"/>
        <source>an object</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>ett objekt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="170"/>
        <source>an object of texts per language</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>ett objekt med texter per språk</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="171"/>
        <source>a question id or null</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>ett fråge-id eller null</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="172"/>
        <source>an id</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>ett id</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="173"/>
        <source>an unsupported value</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>ett värde som inte stöds</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="175"/>
        <source>the question list of an area</source>
        <comment>in: %1 must not be empty</comment>
        <translation>frågelistan för ett område</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="176"/>
        <source>0 (exclusive)</source>
        <comment>in: %1 must be between %2 and %3</comment>
        <translation>0 (ej inkluderat)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="177"/>
        <source>it is a folder</source>
        <comment>reason in: cannot open the file: %1</comment>
        <translation>det är en mapp</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="178"/>
        <source>permission denied or not readable</source>
        <comment>reason in: cannot open the file: %1</comment>
        <translation>åtkomst nekad eller inte läsbar</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="179"/>
        <source>read error</source>
        <comment>reason in: cannot open the file: %1</comment>
        <translation>läsfel</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="244"/>
        <source>warning: </source>
        <translation>varning: </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/diagnostictext.cpp" line="264"/>
        <source>… and %n more</source>
        <comment>problems not listed</comment>
        <translation>
            <numerusform>… och %n till</numerusform>
            <numerusform>… och %n till</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="272"/>
        <source>No migration needed (version %1).</source>
        <translation>Ingen överföring behövs (version %1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/diagnostictext.cpp" line="274"/>
        <source>Moved from version %1 to version %2: %n answer(s) carried over.</source>
        <translation>
            <numerusform>Flyttad från version %1 till version %2: %n svar fördes över.</numerusform>
            <numerusform>Flyttad från version %1 till version %2: %n svar fördes över.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/diagnostictext.cpp" line="278"/>
        <source>%n planned action(s) carried over.</source>
        <translation>
            <numerusform>%n planerad åtgärd fördes över.</numerusform>
            <numerusform>%n planerade åtgärder fördes över.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="280"/>
        <source>Question %1 is now %2.</source>
        <translation>Fråga %1 heter nu %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="282"/>
        <source>Work area %1 is now %2.</source>
        <translation>Arbetsområde %1 heter nu %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/diagnostictext.cpp" line="287"/>
        <source>%n new question(s), not yet answered: %1.</source>
        <translation>
            <numerusform>%n ny fråga, ännu inte besvarad: %1.</numerusform>
            <numerusform>%n nya frågor, ännu inte besvarade: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/diagnostictext.cpp" line="294"/>
        <source>%n question(s) now ask something different; the answer was carried over, check it: %1.</source>
        <translation>
            <numerusform>%n fråga frågar nu efter något annat; svaret fördes över, kontrollera det: %1.</numerusform>
            <numerusform>%n frågor frågar nu efter något annat; svaren fördes över, kontrollera dem: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="304"/>
        <source>the answer to question %1</source>
        <translation>svaret på fråga %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="305"/>
        <source>the answer chosen for question %1</source>
        <translation>svarsalternativet som valts för fråga %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="306"/>
        <source>the target for work area %1</source>
        <translation>målet för arbetsområde %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="307"/>
        <source>the planned action for question %1</source>
        <translation>den planerade åtgärden för fråga %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="311"/>
        <source>the question was removed in version %1</source>
        <translation>frågan togs bort i version %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="312"/>
        <source>version %1 does not have it</source>
        <translation>version %1 har den inte</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="313"/>
        <source>it was merged into %1, which already has one</source>
        <translation>den slogs ihop med %1, som redan har en</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="314"/>
        <source>answer “%1” is not on the answer scale of version %2</source>
        <translation>svaret ”%1” finns inte på svarsskalan i version %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="316"/>
        <source>Not carried over: %1, because %2.</source>
        <translation>Fördes inte över: %1, eftersom %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="326"/>
        <source>There is not enough space in the folder “%1”: the disk is full, or the file is larger than that place allows.</source>
        <translation>Det finns inte tillräckligt med utrymme i mappen ”%1”: disken är full, eller så är filen större än vad som tillåts där.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="330"/>
        <source>The file is read-only.</source>
        <translation>Filen är skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="332"/>
        <source>You do not have permission to save in the folder “%1”.</source>
        <translation>Du har inte behörighet att spara i mappen ”%1”.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="334"/>
        <source>The folder “%1” is on a read-only disk.</source>
        <translation>Mappen ”%1” finns på en skrivskyddad disk.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="336"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Mappen ”%1” finns inte.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="338"/>
        <source>There is a folder with that name.</source>
        <translation>Det finns redan en mapp med det namnet.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="340"/>
        <source>That name is not a regular file but a device, pipe or socket.</source>
        <translation>Namnet hör inte till en vanlig fil utan till en enhet, ett rör eller en socket.</translation>
    </message>
</context>
<context>
    <name>PresentationText</name>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="14"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="15"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="16"/>
        <source>State agency</source>
        <translation>Statlig myndighet</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="17"/>
        <source>Other organisation</source>
        <translation>Annan organisation</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="20"/>
        <location filename="../src/gui/text/presentationtext.cpp" line="44"/>
        <source>Not specified</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="31"/>
        <source>Fewer than 15 000 inhabitants</source>
        <translation>Färre än 15 000 invånare</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="32"/>
        <source>15 000–49 999 inhabitants</source>
        <translation>15 000–49 999 invånare</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="33"/>
        <source>50 000–99 999 inhabitants</source>
        <translation>50 000–99 999 invånare</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="34"/>
        <source>100 000 inhabitants or more</source>
        <translation>100 000 invånare eller fler</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="35"/>
        <source>Fewer than 300 000 inhabitants</source>
        <translation>Färre än 300 000 invånare</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="36"/>
        <source>300 000–999 999 inhabitants</source>
        <translation>300 000–999 999 invånare</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="37"/>
        <source>1 million inhabitants or more</source>
        <translation>1 miljon invånare eller fler</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="38"/>
        <source>Fewer than 50 employees</source>
        <translation>Färre än 50 anställda</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="39"/>
        <source>50–249 employees</source>
        <translation>50–249 anställda</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="40"/>
        <source>250–999 employees</source>
        <translation>250–999 anställda</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="41"/>
        <source>1 000 employees or more</source>
        <translation>1 000 anställda eller fler</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="56"/>
        <source>All organisations</source>
        <translation>Alla organisationer</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="82"/>
        <source>Not covered by the Cybersecurity Act (NIS2)</source>
        <translation>Omfattas inte av cybersäkerhetslagen (NIS2)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="86"/>
        <source>Covered by the Cybersecurity Act (NIS2) – essential entity</source>
        <translation>Omfattas av cybersäkerhetslagen (NIS2) – väsentlig verksamhetsutövare</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="87"/>
        <source>Covered by the Cybersecurity Act (NIS2) – important entity</source>
        <translation>Omfattas av cybersäkerhetslagen (NIS2) – viktig verksamhetsutövare</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="90"/>
        <source>Covered by the Cybersecurity Act (NIS2)</source>
        <translation>Omfattas av cybersäkerhetslagen (NIS2)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="100"/>
        <source>Q%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="102"/>
        <source>below median</source>
        <translation>under medianen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="104"/>
        <source>at median</source>
        <translation>vid medianen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="106"/>
        <source>above median</source>
        <translation>över medianen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/presentationtext.cpp" line="115"/>
        <source>Round %1, %n submission(s)</source>
        <translation>
            <numerusform>Omgång %1, %n inlämning</numerusform>
            <numerusform>Omgång %1, %n inlämningar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="122"/>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="123"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="124"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="125"/>
        <source>Dropped</source>
        <translation>Struken</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/presentationtext.cpp" line="135"/>
        <source> … [shortened: %n characters in all]</source>
        <translation>
            <numerusform> … [förkortad: %n tecken totalt]</numerusform>
            <numerusform> … [förkortad: %n tecken totalt]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <location filename="../src/gui/report/reportpages.cpp" line="218"/>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportpages.cpp" line="220"/>
        <source>Generated %1</source>
        <translation>Skapad %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="52"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="64"/>
        <source>Unnamed organisation</source>
        <translation>Namnlös organisation</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="54"/>
        <source>Management report – %1</source>
        <translation>Ledningsrapport – %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="65"/>
        <source>There is nothing to print on.</source>
        <translation>Det finns inget att skriva ut på.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="78"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="472"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="476"/>
        <source>Score (0–4)</source>
        <translation>Poäng (0–4)</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="73"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="75"/>
        <source>Not answered</source>
        <translation>Inte besvarad</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="92"/>
        <source>by %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="103"/>
        <source>Reached</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="104"/>
        <source>1 level</source>
        <translation>1 nivå</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="104"/>
        <source>%1 levels</source>
        <translation>%1 nivåer</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="164"/>
        <source>If every action that is not dropped is carried out, the overall level stays at %1.</source>
        <translation>Om alla åtgärder som inte är strukna genomförs blir den samlade nivån kvar på %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportbuilder.cpp" line="175"/>
        <source>The weakest work area(s) without a target hold it there: %1.</source>
        <translation>
            <numerusform>Det svagaste arbetsområdet saknar mål och håller kvar den där: %1.</numerusform>
            <numerusform>De svagaste arbetsområdena saknar mål och håller kvar den där: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="180"/>
        <source>If every action that is not dropped is carried out, the overall level goes from %1 to %2.</source>
        <translation>Om alla åtgärder som inte är strukna genomförs går den samlade nivån från %1 till %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="188"/>
        <source>Management report</source>
        <translation>Ledningsrapport</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="191"/>
        <source>Self-assessment of systematic information security work</source>
        <translation>Självskattning av det systematiska informationssäkerhetsarbetet</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="211"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="212"/>
        <source>Date of the assessment</source>
        <translation>Datum för bedömningen</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="221"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="221"/>
        <source>None listed</source>
        <translation>Inga angivna</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="225"/>
        <source>Version %1, %2 · identifier “%3”</source>
        <translation>Version %1, %2 · identitet ”%3”</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="227"/>
        <source>Questionnaire</source>
        <translation>Frågeformulär</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="228"/>
        <source>Report generated</source>
        <translation>Rapporten skapad</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="229"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="254"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="229"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="444"/>
        <source>Results per work area</source>
        <translation>Resultat per arbetsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="231"/>
        <location filename="../src/gui/report/reportsections.cpp" line="97"/>
        <source>Action plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="232"/>
        <location filename="../src/gui/report/reportsections.cpp" line="287"/>
        <source>Feedback per work area</source>
        <translation>Återkoppling per arbetsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="232"/>
        <location filename="../src/gui/report/reportsections.cpp" line="363"/>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="234"/>
        <location filename="../src/gui/report/reportsections.cpp" line="468"/>
        <source>Appendix: all questions</source>
        <translation>Bilaga: alla frågor</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="235"/>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="237"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="241"/>
        <source>This report includes comments and notes from the assessment. They may contain sensitive information: share the report accordingly.</source>
        <translation>Rapporten innehåller kommentarer och anteckningar från bedömningen. De kan innehålla känslig information: tänk på det när rapporten sprids.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="243"/>
        <source>Comments and notes from the assessment are not included in this report.</source>
        <translation>Kommentarer och anteckningar från bedömningen ingår inte i rapporten.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="246"/>
        <source>About the questionnaire</source>
        <translation>Om frågeformuläret</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="259"/>
        <source>No level could be assessed: too few of the questions are applicable. Every Not applicable answer needs checking.</source>
        <translation>Ingen nivå kunde bedömas: för få av frågorna är tillämpliga. Varje svar Ej tillämplig behöver granskas.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="264"/>
        <source>Level 1 is not yet in place in every work area. Level 1 means: %1</source>
        <translation>Nivå 1 är ännu inte på plats i alla arbetsområden. Nivå 1 innebär: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="267"/>
        <source>The basic elements that level 1 describes are not yet in place. Level 1 means: %1</source>
        <translation>De grundläggande delar som nivå 1 beskriver finns ännu inte på plats. Nivå 1 innebär: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="271"/>
        <source>Score %1 of 4</source>
        <translation>Poäng %1 av 4</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="272"/>
        <source>%1 answered (%2 of %3 questions)</source>
        <translation>%1 besvarat (%2 av %3 frågor)</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="276"/>
        <source>%1 not applicable</source>
        <translation>%1 ej tillämpliga</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="280"/>
        <source>Overall level</source>
        <translation>Samlad nivå</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="307"/>
        <source>Work areas by level</source>
        <translation>Arbetsområden per nivå</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="354"/>
        <source>this organisation&apos;s score %1 is below it.</source>
        <translation>organisationens poäng %1 ligger under den.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="355"/>
        <source>this organisation&apos;s score %1 is at it.</source>
        <translation>organisationens poäng %1 ligger vid den.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="356"/>
        <source>this organisation&apos;s score %1 is above it.</source>
        <translation>organisationens poäng %1 ligger över den.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="357"/>
        <source>this organisation&apos;s score %1 is in quartile %2 (Q1 lowest, Q4 highest).</source>
        <translation>organisationens poäng %1 ligger i kvartil %2 (K1 lägst, K4 högst).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportbuilder.cpp" line="359"/>
        <source>In the benchmark group “%1” (%n organisation(s)) the median overall score is %2;</source>
        <translation>
            <numerusform>I jämförelsegruppen ”%1” (%n organisation) är medianen för den sammantagna poängen %2;</numerusform>
            <numerusform>I jämförelsegruppen ”%1” (%n organisationer) är medianen för den sammantagna poängen %2;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="368"/>
        <source>A group of fewer than %1 organisations has no quartiles: they would be single organisations&apos; scores.</source>
        <translation>En grupp med färre än %1 organisationer har inga kvartiler: de vore enskilda organisationers poäng.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="416"/>
        <source>First the measures that hold back the weakest work areas, on which the overall level rests; then the first open actions of the action plan.</source>
        <translation>Först de åtgärder som håller tillbaka de svagaste arbetsområdena, som den sammantagna nivån vilar på; sedan de första öppna åtgärderna i åtgärdsplanen.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="419"/>
        <source>The measures that hold back the weakest work areas, on which the overall level rests.</source>
        <translation>De åtgärder som håller tillbaka de svagaste arbetsområdena, som den sammantagna nivån vilar på.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportbuilder.cpp" line="457"/>
        <source>Compared with the benchmark group “%1” (%n organisation(s)): the group&apos;s median score and where this organisation&apos;s score stands in the group, by quarter (Q1 lowest, Q4 highest) or, in a group too small for quartiles, against the median.</source>
        <translation>
            <numerusform>Jämfört med jämförelsegruppen ”%1” (%n organisation): gruppens medianpoäng och var organisationens poäng ligger i gruppen, per kvartil (K1 lägst, K4 högst) eller, i en grupp för liten för kvartiler, mot medianen.</numerusform>
            <numerusform>Jämfört med jämförelsegruppen ”%1” (%n organisationer): gruppens medianpoäng och var organisationens poäng ligger i gruppen, per kvartil (K1 lägst, K4 högst) eller, i en grupp för liten för kvartiler, mot medianen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="473"/>
        <source>Position</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="516"/>
        <source>Answered: questions with an answer that counts (“Don&apos;t know” does not). Not applicable: answers left out of the scoring. Gap: levels from the level reached to the target. Not assessed: too little of the area is applicable for any level to be assessed.</source>
        <translation>Besvarade: frågor med ett svar som räknas (”Vet inte” räknas inte). Ej tillämpliga: svar som inte ingår i poängsättningen. Gap: nivåer från uppnådd nivå till målet. Ej bedömt: för lite av området är tillämpligt för att någon nivå ska kunna bedömas.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="343"/>
        <source>Questions unanswered or answered “Don&apos;t know”: %1. They count as measures not in place, so the result may rise when they are answered.</source>
        <translation>Obesvarade frågor eller frågor besvarade med ”Vet inte”: %1. De räknas som åtgärder som inte finns, så resultatet kan stiga när de besvaras.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="392"/>
        <source>Targets are set for %1 of %2 work areas; %3 of them are reached.</source>
        <translation>Mål är satta för %1 av %2 arbetsområden; %3 av dem är uppnådda.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="403"/>
        <source>Highest-priority gaps</source>
        <translation>Viktigaste bristerna</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="408"/>
        <source>There are no gaps: every work area has reached the highest level.</source>
        <translation>Det finns inga brister: alla arbetsområden har nått den högsta nivån.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="409"/>
        <source>No measure that is not in place stands in the way: the levels above are not assessed, because too few of their questions are applicable. Review the Not applicable answers.</source>
        <translation>Inga saknade åtgärder står i vägen: nivåerna ovanför bedöms inte, eftersom för få av deras frågor är tillämpliga. Gå igenom svaren Ej tillämplig.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="421"/>
        <source>The first open actions of the action plan, which lists the measures up to each work area&apos;s target, lowest level first.</source>
        <translation>De första öppna åtgärderna i åtgärdsplanen, som listar åtgärderna upp till varje arbetsområdes mål, lägsta nivån först.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="423"/>
        <source>No action plan applies, so these are the measures that stand between each work area and its next level, lowest level first.</source>
        <translation>Ingen åtgärdsplan gäller, så detta är de åtgärder som står mellan varje arbetsområde och dess nästa nivå, lägsta nivån först.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="425"/>
        <location filename="../src/gui/report/reportsections.cpp" line="117"/>
        <location filename="../src/gui/report/reportsections.cpp" line="472"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="425"/>
        <source>Measure not in place</source>
        <translation>Åtgärd som inte är på plats</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="425"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="472"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="476"/>
        <location filename="../src/gui/report/reportsections.cpp" line="117"/>
        <location filename="../src/gui/report/reportsections.cpp" line="192"/>
        <location filename="../src/gui/report/reportsections.cpp" line="429"/>
        <location filename="../src/gui/report/reportsections.cpp" line="472"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="425"/>
        <location filename="../src/gui/report/reportsections.cpp" line="117"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="433"/>
        <location filename="../src/gui/report/reportsections.cpp" line="125"/>
        <source>current answer: %1</source>
        <translation>nuvarande svar: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="446"/>
        <source>The chart shows each work area&apos;s score from 0 to 4: the level reached plus the share of the next level that is in place. Squares mark the target levels.</source>
        <translation>Diagrammet visar varje arbetsområdes poäng från 0 till 4: uppnådd nivå plus den andel av nästa nivå som är på plats. Kvadraterna markerar målnivåerna.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="449"/>
        <source>The chart shows each work area&apos;s score from 0 to 4: the level reached plus the share of the next level that is in place.</source>
        <translation>Diagrammet visar varje arbetsområdes poäng från 0 till 4: uppnådd nivå plus den andel av nästa nivå som är på plats.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="455"/>
        <source>Level, score, completeness and target per work area</source>
        <translation>Nivå, poäng, svarsgrad och mål per arbetsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="472"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="476"/>
        <location filename="../src/gui/report/reportsections.cpp" line="31"/>
        <source>Work area</source>
        <translation>Arbetsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="472"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="476"/>
        <source>Answered</source>
        <translation>Besvarade</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="476"/>
        <source>Not applicable</source>
        <translation>Ej tillämpliga</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="472"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="477"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="321"/>
        <source>Not assessed</source>
        <translation>Ej bedömt</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="334"/>
        <source>Strongest work area: %1 (%2, score %3). Weakest: %4 (%5).</source>
        <translation>Starkaste arbetsområde: %1 (%2, poäng %3). Svagaste: %4 (%5).</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="374"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="469"/>
        <source>Fictitious example data, not real results.</source>
        <translation>Fiktiva exempeldata, inte verkliga resultat.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="463"/>
        <source>Benchmark: %1, generated %2.</source>
        <translation>Jämförelsedata: %1, framtagna %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="472"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="477"/>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="473"/>
        <source>Group median</source>
        <translation>Gruppens median</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="513"/>
        <location filename="../src/gui/report/reportsections.cpp" line="58"/>
        <source>Overall</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="17"/>
        <source>Development over time</source>
        <translation>Utveckling över tid</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="21"/>
        <source>Level and score per work area in %n assessment(s) of the organisation, oldest first. Overall: %1 (score %2) on %3, %4 (score %5) on %6.</source>
        <translation>
            <numerusform>Nivå och poäng per arbetsområde i %n bedömning av organisationen, äldst först. Sammantaget: %1 (poäng %2) den %3, %4 (poäng %5) den %6.</numerusform>
            <numerusform>Nivå och poäng per arbetsområde i %n bedömningar av organisationen, äldst först. Sammantaget: %1 (poäng %2) den %3, %4 (poäng %5) den %6.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="38"/>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="48"/>
        <source>score %1</source>
        <translation>poäng %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="63"/>
        <source>Only the %1 most recent assessments are shown; the first is from %2.</source>
        <translation>Bara de %1 senaste bedömningarna visas; den första är från %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="66"/>
        <source>Change: the difference in score between the first and the last assessment shown.</source>
        <translation>Förändring: skillnaden i poäng mellan den första och den sista bedömningen som visas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="69"/>
        <source>The assessment of %1 was made with version %2 of the questionnaire and was carried over to version %3; %n item(s) could not be carried over.</source>
        <translation>
            <numerusform>Bedömningen från %1 gjordes med version %2 av frågeformuläret och har förts över till version %3; %n uppgift kunde inte föras över.</numerusform>
            <numerusform>Bedömningen från %1 gjordes med version %2 av frågeformuläret och har förts över till version %3; %n uppgifter kunde inte föras över.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="82"/>
        <source>The assessments name different organisations: %1.</source>
        <translation>Bedömningarna anger olika organisationer: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="91"/>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="100"/>
        <source>Every work area has reached its target. There is nothing left to plan.</source>
        <translation>Alla arbetsområden har nått sina mål. Det finns inget kvar att planera.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="101"/>
        <source>No targets are set, so there is no action plan. Set a target level per work area; the plan then lists every measure up to it.</source>
        <translation>Inga mål är satta, så det finns ingen åtgärdsplan. Ange en målnivå per arbetsområde; planen listar då alla åtgärder upp till den.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="112"/>
        <source>The plan lists every measure that is not fully in place, up to each work area&apos;s target level: %1 actions, %2 of them not yet done.</source>
        <translation>Planen listar alla åtgärder som inte är helt på plats, upp till varje arbetsområdes målnivå: %1 åtgärder, varav %2 inte är klara.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="117"/>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="117"/>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="117"/>
        <location filename="../src/gui/report/reportsections.cpp" line="226"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="128"/>
        <source>Note: %1</source>
        <translation>Anteckning: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="158"/>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="175"/>
        <source>Not applicable is not allowed for this question; it counts as unanswered.</source>
        <translation>Ej tillämplig är inte tillåtet för den här frågan; svaret räknas som obesvarat.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="177"/>
        <source>No reason given.</source>
        <translation>Inget skäl angivet.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="186"/>
        <source>Not applicable answers and their reasons</source>
        <translation>Svar Ej tillämplig och skälen för dem</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="188"/>
        <source>%n question(s) answered Not applicable. They are left out of the scoring, so the result rests on these reasons; they are shown even when comments are left out of the report.</source>
        <translation>
            <numerusform>%n fråga besvarad Ej tillämplig. Den ingår inte i poängsättningen, så resultatet vilar på skälet; det visas även när kommentarer inte tas med i rapporten.</numerusform>
            <numerusform>%n frågor besvarade Ej tillämplig. De ingår inte i poängsättningen, så resultatet vilar på skälen; de visas även när kommentarer inte tas med i rapporten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="192"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="204"/>
        <source>Requirements: %1</source>
        <translation>Krav: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="211"/>
        <source>%n met</source>
        <translation>
            <numerusform>%n uppfyllt</numerusform>
            <numerusform>%n uppfyllda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="212"/>
        <source>%n partly</source>
        <translation>
            <numerusform>%n delvis</numerusform>
            <numerusform>%n delvis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="213"/>
        <source>%n not met</source>
        <translation>
            <numerusform>%n inte uppfyllt</numerusform>
            <numerusform>%n inte uppfyllda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="214"/>
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n ej tillämpligt</numerusform>
            <numerusform>%n ej tillämpliga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="215"/>
        <source>%n not answered</source>
        <translation>
            <numerusform>%n inte besvarat</numerusform>
            <numerusform>%n inte besvarade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="217"/>
        <source>%n not covered by the questionnaire</source>
        <translation>
            <numerusform>%n täcks inte av frågeformuläret</numerusform>
            <numerusform>%n täcks inte av frågeformuläret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="219"/>
        <source>%n requirement(s): %1.</source>
        <translation>
            <numerusform>%n krav: %1.</numerusform>
            <numerusform>%n krav: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="222"/>
        <source>The status comes from the answers to the questions that evidence each requirement: met when all of them are in place. &quot;Not covered&quot; means that no question of this questionnaire evidences the requirement, so the assessment says nothing about it; it is never counted as met.</source>
        <translation>Statusen kommer från svaren på de frågor som visar varje krav: uppfyllt när alla är på plats. ”Täcks inte” betyder att ingen fråga i detta frågeformulär visar kravet, så bedömningen säger ingenting om det; det räknas aldrig som uppfyllt.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="226"/>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="226"/>
        <source>Reference</source>
        <translation>Hänvisning</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="226"/>
        <source>In place</source>
        <translation>På plats</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="262"/>
        <source>Not yet met</source>
        <translation>Ännu inte uppfyllt</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="264"/>
        <source>Every requirement that the questionnaire covers is met.</source>
        <translation>Alla krav som frågeformuläret täcker är uppfyllda.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="276"/>
        <source>Not covered by this assessment</source>
        <translation>Täcks inte av denna bedömning</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="278"/>
        <source>No question of the questionnaire evidences these requirements. Assess them separately before concluding that the organisation meets the set.</source>
        <translation>Ingen fråga i frågeformuläret visar dessa krav. Bedöm dem för sig innan ni drar slutsatsen att organisationen uppfyller samlingen.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="289"/>
        <source>For each work area: the level reached and what the next level requires, that is the measures up to that level that are not fully in place, with advice and links to guidance.</source>
        <translation>För varje arbetsområde: uppnådd nivå och vad nästa nivå kräver, det vill säga de åtgärder upp till den nivån som inte är helt på plats, med råd och länkar till vägledning.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="303"/>
        <source>Target: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="310"/>
        <source>The area has reached the highest level. Keep the work going and repeat the assessment to see that it stays there.</source>
        <translation>Området har nått den högsta nivån. Håll arbetet igång och upprepa bedömningen för att se att nivån består.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="256"/>
        <location filename="../src/gui/report/reportsections.cpp" line="323"/>
        <source>answer: %1</source>
        <translation>svar: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="329"/>
        <source>Guidance:</source>
        <translation>Vägledning:</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="335"/>
        <source>To reach %1:</source>
        <translation>För att nå %1:</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="337"/>
        <source>Answer the remaining questions of this level.</source>
        <translation>Besvara de återstående frågorna på den här nivån.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="352"/>
        <source>Other comments:</source>
        <translation>Övriga kommentarer:</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="356"/>
        <source>Guidance for the work area:</source>
        <translation>Vägledning för arbetsområdet:</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="366"/>
        <source>The assessment was scored with the rule “%1” of the questionnaire “%2”, version %3.</source>
        <translation>Bedömningen har poängsatts med regeln ”%1” i frågeformuläret ”%2”, version %3.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="371"/>
        <location filename="../src/gui/report/reportsections.cpp" line="406"/>
        <source>Each answer has a value between 0 and 1 (see the answer scale below). An unanswered question counts as 0: the measure is not in place.</source>
        <translation>Varje svar har ett värde mellan 0 och 1 (se svarsskalan nedan). En obesvarad fråga räknas som 0: åtgärden finns inte på plats.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="373"/>
        <source>Not applicable leaves a question out of the calculation. It needs a reason, and the basic questions of level 1 do not offer it: a public body cannot declare them not applicable.</source>
        <translation>Ej tillämplig tar bort en fråga ur beräkningen. Svaret kräver ett skäl, och grundfrågorna på nivå 1 erbjuder det inte: en offentlig organisation kan inte förklara dem som ej tillämpliga.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="375"/>
        <source>For each level of a work area, the share met is the sum of weight × value divided by the sum of weights, over the level&apos;s questions that are applicable.</source>
        <translation>För varje nivå i ett arbetsområde är uppfylld andel summan av vikt × värde delad med summan av vikterna, över nivåns tillämpliga frågor.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="377"/>
        <source>A level is assessed only when at least %1 % of its questions&apos; weight is applicable. A level that is not assessed is not met, so Not applicable answers can never lift a work area to a level.</source>
        <translation>En nivå bedöms bara när minst %1 % av vikten för dess frågor är tillämplig. En nivå som inte bedöms är inte uppfylld, så svar Ej tillämplig kan aldrig lyfta ett arbetsområde till en nivå.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="380"/>
        <source>A level is met when its share reaches the level&apos;s threshold. The levels are cumulative: a work area has reached the highest level for which every level up to it is met. A level without questions in the area is skipped.</source>
        <translation>En nivå är uppfylld när andelen når nivåns tröskel. Nivåerna bygger på varandra: ett arbetsområde har nått den högsta nivå för vilken alla nivåer upp till den är uppfyllda. En nivå utan frågor i området hoppas över.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="383"/>
        <source>The overall level is that of the weakest work area: security is no stronger than its weakest link. The mean score of the work areas and the share met of all questions are shown for information only.</source>
        <translation>Den sammantagna nivån är det svagaste arbetsområdets: säkerheten är inte starkare än den svagaste länken. Arbetsområdenas medelpoäng och uppfylld andel av alla frågor visas bara som information.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="386"/>
        <source>The score (0–4) is the level reached plus the share met of the next level, cut to two decimals and never rounded up, so it never suggests a level that is not reached.</source>
        <translation>Poängen (0–4) är uppnådd nivå plus uppfylld andel av nästa nivå, avkortad till två decimaler och aldrig avrundad uppåt, så att den aldrig antyder en nivå som inte är nådd.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="408"/>
        <source>Answers that are excluded (Not applicable) leave the calculation: the question counts in neither the numerator nor the denominator.</source>
        <translation>Svar som undantas (Ej tillämplig) lämnar beräkningen: frågan räknas varken i täljaren eller i nämnaren.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="410"/>
        <source>For each level, the share met is the sum of weight × value divided by the sum of weights, over the level&apos;s questions that are not excluded.</source>
        <translation>För varje nivå är den uppfyllda andelen summan av vikt × värde delad med summan av vikterna, över nivåns frågor som inte är undantagna.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="412"/>
        <source>A level is met when its share reaches the level&apos;s threshold. A level without such questions cannot be assessed and does not block the levels above it.</source>
        <translation>En nivå är uppfylld när andelen når nivåns tröskel. En nivå utan sådana frågor kan inte bedömas och hindrar inte nivåerna ovanför.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="414"/>
        <source>The levels are cumulative: the level reached is the highest level for which every assessable level up to it is met.</source>
        <translation>Nivåerna bygger på varandra: uppnådd nivå är den högsta nivå där alla bedömbara nivåer upp till och med den är uppfyllda.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="416"/>
        <source>The score (0–4) is the level reached plus the share met of the next assessable level, so it never suggests a level that is not reached.</source>
        <translation>Poängen (0–4) är uppnådd nivå plus den uppfyllda andelen av nästa bedömbara nivå, så den antyder aldrig en nivå som inte är uppnådd.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="388"/>
        <location filename="../src/gui/report/reportsections.cpp" line="418"/>
        <source>Completeness is the share of questions answered; “Don&apos;t know” does not count as answered, Not applicable does.</source>
        <translation>Svarsgraden är andelen besvarade frågor; ”Vet inte” räknas inte som besvarad, Ej tillämplig gör det.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="394"/>
        <source>Level %1 is met only when, besides its threshold, every applicable question of the level is at least “%2”: a single question below it keeps the work area below the level.</source>
        <translation>Nivå %1 är uppfylld först när, utöver tröskeln, varje tillämplig fråga på nivån är minst ”%2”: en enda fråga under det håller arbetsområdet under nivån.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="420"/>
        <source>The rule is applied to each work area and to the questionnaire as a whole (the overall level).</source>
        <translation>Regeln tillämpas på varje arbetsområde och på frågeformuläret som helhet (den samlade nivån).</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="428"/>
        <source>Levels and thresholds</source>
        <translation>Nivåer och trösklar</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="429"/>
        <source>Meaning</source>
        <translation>Innebörd</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="429"/>
        <source>Threshold</source>
        <translation>Tröskel</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="439"/>
        <source>and every question at least “%1”</source>
        <translation>och varje fråga minst ”%1”</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="445"/>
        <source>Answer scale</source>
        <translation>Svarsskala</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="447"/>
        <location filename="../src/gui/report/reportsections.cpp" line="472"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="447"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="447"/>
        <source>Counts as answered</source>
        <translation>Räknas som besvarad</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="447"/>
        <source>In the scoring</source>
        <translation>I poängberäkningen</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="453"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="453"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="454"/>
        <source>Left out (not applicable)</source>
        <translation>Utanför (ej tillämplig)</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="454"/>
        <source>Counted</source>
        <translation>Räknas</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="460"/>
        <source>The result is a self-assessment by the organisation. It shows how systematic the information security work is according to the organisation&apos;s own answers; it is not an audit.</source>
        <translation>Resultatet är organisationens självskattning. Det visar hur systematiskt informationssäkerhetsarbetet är enligt organisationens egna svar; det är ingen revision.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="192"/>
        <location filename="../src/gui/report/reportsections.cpp" line="472"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="472"/>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="475"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="483"/>
        <source>Follow-up</source>
        <translation>Följs upp</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="79"/>
        <source>Target level</source>
        <translation>Målnivå</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="82"/>
        <source>Median: %1</source>
        <translation>Median: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="135"/>
        <source>The report could not be drawn on the output device.</source>
        <translation>Rapporten kunde inte ritas på utenheten.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="148"/>
        <source>A new page could not be started.</source>
        <translation>En ny sida kunde inte påbörjas.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="163"/>
        <source>The report could not be completed.</source>
        <translation>Rapporten kunde inte slutföras.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="199"/>
        <source>“%1” could not be written: %2</source>
        <translation>”%1” kunde inte skrivas: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reporthtml.cpp" line="51"/>
        <source> … [shortened: %n characters in all; the whole text is in the assessment file]</source>
        <translation>
            <numerusform> … [förkortad: %n tecken totalt; hela texten finns i bedömningsfilen]</numerusform>
            <numerusform> … [förkortad: %n tecken totalt; hela texten finns i bedömningsfilen]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="18"/>
        <source>✓ Met</source>
        <translation>✓ Uppfyllt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="19"/>
        <source>◐ Partly</source>
        <translation>◐ Delvis</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="20"/>
        <source>✗ Not met</source>
        <translation>✗ Inte uppfyllt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="21"/>
        <source>– Not applicable</source>
        <translation>– Ej tillämpligt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="22"/>
        <source>? Not answered</source>
        <translation>? Inte besvarat</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="23"/>
        <source>○ Not covered</source>
        <translation>○ Täcks inte</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="31"/>
        <source>Level 1 not yet reached</source>
        <translation>Nivå 1 ännu inte uppnådd</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="42"/>
        <source>Below level 1</source>
        <translation>Under nivå 1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="42"/>
        <source>Level %1</source>
        <translation>Nivå %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="47"/>
        <source>%1 of %2 answered</source>
        <translation>%1 av %2 besvarade</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="54"/>
        <source>%1%2 % in %3</source>
        <translation>%1%2 % år %3</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="55"/>
        <source>about </source>
        <translation>cirka </translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="58"/>
        <source>National comparison: in MSB&apos;s follow-up of Infosäkkollen, %1 of the public organisations that took part reached at least level 1. This assessment: %2.</source>
        <translation>Nationell jämförelse: i MSB:s uppföljning med Infosäkkollen nådde %1 av de deltagande offentliga organisationerna minst nivå 1. Den här bedömningen: %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="60"/>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="65"/>
        <source>Source: %1. The figures describe all participants together; MSB published no breakdown by group or work area.</source>
        <translation>Källa: %1. Siffrorna gäller alla deltagare tillsammans; MSB har inte publicerat någon uppdelning per grupp eller arbetsområde.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="72"/>
        <location filename="../src/gui/text/statustext.cpp" line="77"/>
        <source>Not assessed</source>
        <translation>Ej bedömt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="102"/>
        <source>The overall level is computed from all questions together (rule %1 of this questionnaire version), so it can be higher than that of the weakest work area.</source>
        <translation>Den sammantagna nivån beräknas av alla frågor tillsammans (regeln %1 i den här versionen av frågeformuläret), så den kan vara högre än det svagaste arbetsområdets.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/statustext.cpp" line="105"/>
        <source>The overall level is that of the weakest work area(s): %1.</source>
        <translation>
            <numerusform>Den sammantagna nivån är det svagaste arbetsområdets: %1.</numerusform>
            <numerusform>Den sammantagna nivån är de svagaste arbetsområdenas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="114"/>
        <source>For information, not the level: mean score of the work areas %1 · %2 % of all applicable questions met</source>
        <translation>Som information, inte nivån: arbetsområdenas medelpoäng %1 · %2 % av alla tillämpliga frågor uppfyllda</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/statustext.cpp" line="124"/>
        <source>Not assessed, as nothing there is applicable: %1.</source>
        <translation>
            <numerusform>Ej bedömt, eftersom inget där är tillämpligt: %1.</numerusform>
            <numerusform>Ej bedömda, eftersom inget där är tillämpligt: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/statustext.cpp" line="133"/>
        <source>%n Not applicable without a reason</source>
        <translation>
            <numerusform>%n ej tillämplig utan motivering</numerusform>
            <numerusform>%n ej tillämpliga utan motivering</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/statustext.cpp" line="135"/>
        <source>%n Not applicable where it is not allowed (counted as unanswered)</source>
        <translation>
            <numerusform>%n ej tillämplig där det inte är tillåtet (räknas som obesvarad)</numerusform>
            <numerusform>%n ej tillämpliga där det inte är tillåtet (räknas som obesvarade)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="154"/>
        <source>Level %1 is not assessed: %2 % of its questions&apos; weight is applicable, and at least %3 % must be. Not applicable answers cannot reach a level.</source>
        <translation>Nivå %1 bedöms inte: %2 % av vikten för dess frågor är tillämplig, och minst %3 % måste vara det. Svar Ej tillämplig kan inte nå en nivå.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/statustext.cpp" line="181"/>
        <source>Level %1 needs every one of its questions at least “%2”; %n is not yet.</source>
        <translation>
            <numerusform>Nivå %1 kräver att varje fråga på nivån är minst ”%2”; %n fråga är det inte ännu.</numerusform>
            <numerusform>Nivå %1 kräver att varje fråga på nivån är minst ”%2”; %n frågor är det inte ännu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="208"/>
        <source>Version %1 scores under a stricter rule: Not applicable answers can no longer lift a level, and the overall level is that of the weakest work area instead of all questions pooled.</source>
        <translation>Version %1 poängsätter med en striktare regel: svar Ej tillämplig kan inte längre lyfta en nivå, och den sammantagna nivån är det svagaste arbetsområdets i stället för alla frågor sammanslagna.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="213"/>
        <source>Version %1 scores under another rule (%2 instead of %3).</source>
        <translation>Version %1 poängsätter med en annan regel (%2 i stället för %3).</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="217"/>
        <source>The same answers give overall %1 under the old rule and %2 under the new one.</source>
        <translation>Samma svar ger sammantaget %1 med den gamla regeln och %2 med den nya.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="224"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/statustext.cpp" line="235"/>
        <source>%n question(s) of version %1 did not exist when it was made; they count as not answered.</source>
        <translation>
            <numerusform>%n fråga i version %1 fanns inte när bedömningen gjordes; den räknas som obesvarad.</numerusform>
            <numerusform>%n frågor i version %1 fanns inte när bedömningen gjordes; de räknas som obesvarade.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="244"/>
        <source>Scored here under the rule %1 of version %2; it was made under %3, so its levels can differ from those reported then.</source>
        <translation>Poängsatt här med regeln %1 i version %2; den gjordes med %3, så dess nivåer kan skilja sig från dem som redovisades då.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../src/gui/document/undocommands.cpp" line="42"/>
        <source>Edit assessment details</source>
        <translation>ändring av uppgifter om bedömningen</translation>
    </message>
    <message>
        <location filename="../src/gui/document/undocommands.cpp" line="60"/>
        <source>Set target</source>
        <translation>ändring av mål</translation>
    </message>
    <message>
        <location filename="../src/gui/document/undocommands.cpp" line="79"/>
        <source>Edit action</source>
        <translation>ändring av åtgärd</translation>
    </message>
</context>
<context>
    <name>kollen::gui::ActionPlanPage</name>
    <message>
        <location filename="../src/gui/pages/actionplandelegate.cpp" line="21"/>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="177"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="49"/>
        <source>Action plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="53"/>
        <source>Plan &amp;towards:</source>
        <translation>Planera &amp;mot:</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="56"/>
        <source>Plan towards</source>
        <translation>Planera mot</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="57"/>
        <source>The target levels of the work areas</source>
        <translation>Arbetsområdenas målnivåer</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="75"/>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="89"/>
        <source>%1: %2</source>
        <comment>requirement reference: title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="171"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="172"/>
        <source>Work area</source>
        <translation>Arbetsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="173"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="174"/>
        <source>Current answer</source>
        <translation>Nuvarande svar</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="175"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="176"/>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="178"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="179"/>
        <source>Guidance</source>
        <translation>Vägledning</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="180"/>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="137"/>
        <source>Type in a cell or press F2 to edit owner, due date (YYYY-MM-DD), status and note; Enter on a guidance cell opens the link.</source>
        <translation>Skriv i en cell eller tryck F2 för att ändra ansvarig, datum (ÅÅÅÅ-MM-DD), status och anteckning; Enter på en vägledningscell öppnar länken.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="143"/>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportera till CSV…</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="207"/>
        <source>Every requirement that the questionnaire covers is met or not applicable. There is nothing left to plan.</source>
        <translation>Alla krav som frågeformuläret täcker är uppfyllda eller inte tillämpliga. Det finns inget kvar att planera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/actionplanpage.cpp" line="210"/>
        <source>If every action that is not dropped is carried out, %1 of the %n requirement(s) that the questionnaire covers are met (today %2).</source>
        <translation>
            <numerusform>Om alla åtgärder som inte har strukits genomförs är %1 av det %n krav som frågeformuläret täcker uppfyllt (i dag %2).</numerusform>
            <numerusform>Om alla åtgärder som inte har strukits genomförs är %1 av de %n krav som frågeformuläret täcker uppfyllda (i dag %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/actionplanpage.cpp" line="217"/>
        <source>%n requirement(s) of the set are not covered by the questionnaire and need an assessment of their own; see the Requirements tab.</source>
        <translation>
            <numerusform>%n krav i uppsättningen täcks inte av frågeformuläret och behöver bedömas för sig; se fliken Krav.</numerusform>
            <numerusform>%n krav i uppsättningen täcks inte av frågeformuläret och behöver bedömas för sig; se fliken Krav.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="222"/>
        <source>No targets are set. Set a target level per work area in the overview; the plan then lists every question that stands between the area and its target.</source>
        <translation>Inga mål är satta. Ange en målnivå per arbetsområde i översikten; planen visar då varje fråga som står mellan området och dess mål.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="224"/>
        <source>Every work area has reached its target. There is nothing left to plan.</source>
        <translation>Alla arbetsområden har nått sina mål. Det finns inget kvar att planera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/actionplanpage.cpp" line="199"/>
        <source>%n action(s), %1 not yet done.</source>
        <translation>
            <numerusform>%n åtgärd, %1 ännu inte klar.</numerusform>
            <numerusform>%n åtgärder, %1 ännu inte klara.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="59"/>
        <source>The requirements of %1</source>
        <translation>Kraven i %1</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="228"/>
        <source>If every action that is not dropped is carried out, the overall result goes from %1 to %2.</source>
        <translation>Om alla åtgärder som inte är strukna genomförs går det samlade resultatet från %1 till %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="152"/>
        <source>Not answered</source>
        <translation>Inte besvarad</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="260"/>
        <source>-action-plan</source>
        <translation>-atgardsplan</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="262"/>
        <source>Export Action Plan</source>
        <translation>Exportera åtgärdsplan</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="263"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="269"/>
        <source>Export Failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="270"/>
        <source>The action plan could not be written to “%1”.</source>
        <translation>Åtgärdsplanen kunde inte skrivas till ”%1”.</translation>
    </message>
</context>
<context>
    <name>kollen::gui::AreaPage</name>
    <message>
        <location filename="../src/gui/pages/areapage.cpp" line="48"/>
        <source>Guidance:</source>
        <translation>Vägledning:</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/areapage.cpp" line="59"/>
        <source>Area status</source>
        <translation>Status för arbetsområdet</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/areapage.cpp" line="70"/>
        <source>What the next level requires</source>
        <translation>Vad nästa nivå kräver</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/areapage.cpp" line="168"/>
        <source>The area has reached the highest level. Keep the work going and repeat the assessment to see that it stays there.</source>
        <translation>Området har nått den högsta nivån. Håll arbetet igång och upprepa bedömningen för att se att nivån består.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/areapage.cpp" line="193"/>
        <source>To reach %1:</source>
        <translation>För att nå %1:</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/areapage.cpp" line="195"/>
        <source>Answer the remaining questions of this level.</source>
        <translation>Besvara de återstående frågorna på den här nivån.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/areapage.cpp" line="199"/>
        <source>… and %n more below.</source>
        <translation>
            <numerusform>… och %n till nedan.</numerusform>
            <numerusform>… och %n till nedan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kollen::gui::AssessmentDetailsWidget</name>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="53"/>
        <source>Required, e.g. Exampleton Municipality</source>
        <translation>Obligatoriskt, t.ex. Exempelby kommun</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="54"/>
        <source>Organisation name</source>
        <translation>Organisationens namn</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="55"/>
        <source>Required. The name of the organisation that is assessed.</source>
        <translation>Obligatoriskt. Namnet på den organisation som bedöms.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="60"/>
        <source>Organisation type</source>
        <translation>Organisationstyp</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="67"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="68"/>
        <source>Number of inhabitants or employees; choose the type first.</source>
        <translation>Antal invånare eller anställda; välj typ först.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="73"/>
        <source>Covered by the Cybersecurity Act</source>
        <translation>Omfattas av cybersäkerhetslagen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="74"/>
        <source>Cybersäkerhetslagen (SFS 2025:1506), Sweden&apos;s NIS2 law, has applied since 15 January 2026 to every municipality and region and to many state agencies.</source>
        <translation>Cybersäkerhetslagen (SFS 2025:1506), Sveriges NIS2-lag, gäller sedan den 15 januari 2026 alla kommuner och regioner och många statliga myndigheter.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="76"/>
        <source>Not known</source>
        <translation>Vet inte</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="77"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="78"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="81"/>
        <source>Kind of entity under the Cybersecurity Act</source>
        <translation>Typ av verksamhetsutövare enligt cybersäkerhetslagen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="83"/>
        <source>Essential entity (väsentlig verksamhetsutövare)</source>
        <translation>Väsentlig verksamhetsutövare</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="84"/>
        <source>Important entity (viktig verksamhetsutövare)</source>
        <translation>Viktig verksamhetsutövare</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="89"/>
        <source>Date of the assessment</source>
        <translation>Datum för bedömningen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="95"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="97"/>
        <source>One row per participant. F2 edits a cell, Delete removes the row, Tab leaves the table.</source>
        <translation>En rad per deltagare. F2 redigerar en cell, Delete tar bort raden, Tab lämnar tabellen.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="98"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="98"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="110"/>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="112"/>
        <source>Add participant</source>
        <translation>Lägg till deltagare</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="114"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="116"/>
        <source>Remove participant</source>
        <translation>Ta bort deltagare</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="122"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="123"/>
        <source>About the assessment as a whole, e.g. when and how it was carried out</source>
        <translation>Om bedömningen som helhet, t.ex. när och hur den genomfördes</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="145"/>
        <source>Organisation &amp;name:</source>
        <translation>Organisations&amp;namn:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="146"/>
        <source>Organisation &amp;type:</source>
        <translation>Organisationst&amp;yp:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="147"/>
        <source>&amp;Size:</source>
        <translation>St&amp;orlek:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="148"/>
        <source>C&amp;ybersecurity Act applies:</source>
        <translation>&amp;Cybersäkerhetslagen gäller:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="149"/>
        <source>&amp;Entity:</source>
        <translation>&amp;Verksamhetsutövare:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="150"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="151"/>
        <source>&amp;Participants:</source>
        <translation>D&amp;eltagare:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="152"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="82"/>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="259"/>
        <source>Not specified</source>
        <translation>Ej angivet</translation>
    </message>
</context>
<context>
    <name>kollen::gui::ComparisonPage</name>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="46"/>
        <source>Change since the previous assessment</source>
        <translation>Förändring sedan föregående bedömning</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="54"/>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="60"/>
        <source>Work area</source>
        <translation>Arbetsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="54"/>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="60"/>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="54"/>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="60"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="54"/>
        <source>Change in score</source>
        <translation>Förändring i poäng</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="56"/>
        <source>Change per work area</source>
        <translation>Förändring per arbetsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="59"/>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="62"/>
        <source>Changed answers</source>
        <translation>Ändrade svar</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="60"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="60"/>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="81"/>
        <source>No previous assessment is open. Use File ▸ Compare with Previous Assessment.</source>
        <translation>Ingen tidigare bedömning är öppen. Använd Arkiv ▸ Jämför med tidigare bedömning.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="89"/>
        <source>Compared with %1 (%2): overall %3 then, %4 now.</source>
        <translation>Jämfört med %1 (%2): sammantaget %3 då, %4 nu.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="91"/>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/comparisonpage.cpp" line="96"/>
        <source>The previous assessment was made with an older version of the questionnaire and was carried over; %n item(s) could not be carried over.</source>
        <translation>
            <numerusform>Den tidigare bedömningen gjordes med en äldre version av frågeformuläret och har förts över; %n uppgift kunde inte föras över.</numerusform>
            <numerusform>Den tidigare bedömningen gjordes med en äldre version av frågeformuläret och har förts över; %n uppgifter kunde inte föras över.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="117"/>
        <source>Not answered</source>
        <translation>Inte besvarad</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="135"/>
        <source>= same value</source>
        <translation>= samma värde</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="136"/>
        <source>▲ better</source>
        <translation>▲ bättre</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="136"/>
        <source>▼ worse</source>
        <translation>▼ sämre</translation>
    </message>
</context>
<context>
    <name>kollen::gui::ComparisonWorkflow</name>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="40"/>
        <source>Assessments (*.isk);;All files (*)</source>
        <translation>Bedömningar (*.isk);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="55"/>
        <source>Compare with Previous Assessment</source>
        <translation>Jämför med tidigare bedömning</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="71"/>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="79"/>
        <source>Cannot Compare</source>
        <translation>Kan inte jämföra</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="71"/>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="111"/>
        <source>“%1” could not be opened.</source>
        <translation>”%1” kunde inte öppnas.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="80"/>
        <source>“%1” cannot be compared with this assessment.</source>
        <translation>”%1” kan inte jämföras med den här bedömningen.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="93"/>
        <source>Show Trend over Earlier Assessments</source>
        <translation>Visa trend över tidigare bedömningar</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="111"/>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="121"/>
        <source>Cannot Show Trend</source>
        <translation>Kan inte visa trend</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="122"/>
        <source>“%1” cannot be part of this trend.</source>
        <translation>”%1” kan inte ingå i den här trenden.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="134"/>
        <source>Load Benchmark</source>
        <translation>Läs in jämförelsedata</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="136"/>
        <source>Benchmarks (*.json);;All files (*)</source>
        <translation>Jämförelsedata (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="151"/>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="156"/>
        <source>Cannot Load Benchmark</source>
        <translation>Kan inte läsa in jämförelsedata</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="151"/>
        <source>“%1” could not be loaded.</source>
        <translation>”%1” kunde inte läsas in.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="157"/>
        <source>“%1” is a benchmark for questionnaire “%2”, not for “%3”.</source>
        <translation>”%1” innehåller jämförelsedata för frågeformuläret ”%2”, inte för ”%3”.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="165"/>
        <source>Benchmark Loaded with Warnings</source>
        <translation>Jämförelsedata inlästa med varningar</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="166"/>
        <source>“%1” was loaded. Keep its warnings in mind before you share its figures:</source>
        <translation>”%1” lästes in. Tänk på varningarna innan du delar siffrorna:</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="184"/>
        <source>submission</source>
        <translation>inlamning</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="187"/>
        <source>Export Anonymised Submission</source>
        <translation>Exportera anonymiserad inlämning</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="188"/>
        <source>Submissions (*.json)</source>
        <translation>Inlämningar (*.json)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="196"/>
        <source>Export Failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="197"/>
        <source>“%1” could not be written.</source>
        <translation>”%1” kunde inte skrivas.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="200"/>
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
</context>
<context>
    <name>kollen::gui::DetailsDialog</name>
    <message>
        <location filename="../src/gui/dialogs/detailsdialog.cpp" line="15"/>
        <source>Assessment Details</source>
        <translation>Uppgifter om bedömningen</translation>
    </message>
</context>
<context>
    <name>kollen::gui::Document</name>
    <message>
        <location filename="../src/gui/document/document.cpp" line="104"/>
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
    <message>
        <location filename="../src/gui/document/document.cpp" line="169"/>
        <source>Edit comment</source>
        <translation>ändring av kommentar</translation>
    </message>
    <message>
        <location filename="../src/gui/document/document.cpp" line="170"/>
        <source>Edit evidence</source>
        <translation>ändring av underlag</translation>
    </message>
    <message>
        <location filename="../src/gui/document/document.cpp" line="171"/>
        <source>Edit differing views</source>
        <translation>ändring av olika uppfattningar</translation>
    </message>
    <message>
        <location filename="../src/gui/document/document.cpp" line="173"/>
        <source>Change follow-up flag</source>
        <translation>ändring av uppföljningsmarkering</translation>
    </message>
    <message>
        <location filename="../src/gui/document/document.cpp" line="174"/>
        <source>Mark as not agreed</source>
        <translation>markering som ej överens</translation>
    </message>
    <message>
        <location filename="../src/gui/document/document.cpp" line="175"/>
        <source>Answer question</source>
        <translation>svar på fråga</translation>
    </message>
</context>
<context>
    <name>kollen::gui::FileWorkflow</name>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="39"/>
        <source>Infosäkkollen assessments (*.isk)</source>
        <translation>Infosäkkollen-bedömningar (*.isk)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="39"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="66"/>
        <source>Open Assessment</source>
        <translation>Öppna bedömning</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="82"/>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="103"/>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="204"/>
        <source>Cannot Open Assessment</source>
        <translation>Bedömningen kan inte öppnas</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="82"/>
        <source>“%1” could not be opened.</source>
        <translation>”%1” kunde inte öppnas.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="83"/>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="106"/>
        <source>Nothing was changed. The problems found:</source>
        <translation>Ingenting har ändrats. Problem som hittades:</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="104"/>
        <source>“%1” cannot be carried over to the available version of its questionnaire.</source>
        <translation>”%1” kan inte föras över till den version av frågeformuläret som finns.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="143"/>
        <source>Assessment Updated to a New Questionnaire Version</source>
        <translation>Bedömningen har uppdaterats till en ny version av frågeformuläret</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/shell/fileworkflow.cpp" line="144"/>
        <source>“%1” was made with version %2 of the questionnaire and has been moved to version %3. %n answer(s) could not be carried over.</source>
        <translation>
            <numerusform>”%1” skapades med version %2 av frågeformuläret och har flyttats till version %3. %n svar kunde inte föras över.</numerusform>
            <numerusform>”%1” skapades med version %2 av frågeformuläret och har flyttats till version %3. %n svar kunde inte föras över.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="121"/>
        <source>Save it under a new name to keep the original file unchanged.</source>
        <translation>Spara den under ett nytt namn om du vill behålla originalfilen oförändrad.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/shell/fileworkflow.cpp" line="123"/>
        <source>The new version has %n question(s) that the old one did not have; they are not yet answered.</source>
        <translation>
            <numerusform>Den nya versionen har %n fråga som den gamla inte hade; den är ännu inte besvarad.</numerusform>
            <numerusform>Den nya versionen har %n frågor som den gamla inte hade; de är ännu inte besvarade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/shell/fileworkflow.cpp" line="128"/>
        <source>%n answer(s) were carried over to questions that now ask something different; check them (they are named in the details).</source>
        <translation>
            <numerusform>%n svar fördes över till en fråga som nu frågar efter något annat; kontrollera det (frågan står i detaljerna).</numerusform>
            <numerusform>%n svar fördes över till frågor som nu frågar efter något annat; kontrollera dem (frågorna står i detaljerna).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="139"/>
        <source>Level per work area, old rule → new rule:</source>
        <translation>Nivå per arbetsområde, gammal regel → ny regel:</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/shell/fileworkflow.cpp" line="156"/>
        <source>Opened with %n warning(s); see the details when saving.</source>
        <translation>
            <numerusform>Öppnades med %n varning; se detaljerna när du sparar.</numerusform>
            <numerusform>Öppnades med %n varningar; se detaljerna när du sparar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="159"/>
        <source>Opened %1</source>
        <translation>Öppnade %1</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="169"/>
        <source>Questionnaire Not Available</source>
        <translation>Frågeformuläret finns inte</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="170"/>
        <source>“%1” was made with questionnaire “%2”, version %3, which is not available in this program.</source>
        <translation>”%1” gjordes med frågeformuläret ”%2”, version %3, som inte finns i det här programmet.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="175"/>
        <source>Version %1 of that questionnaire is available, but it cannot take over answers from version %2.</source>
        <translation>Version %1 av det frågeformuläret finns, men den kan inte ta över svar från version %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="179"/>
        <source>If you have the questionnaire file (.json), for example from whoever made the assessment, locate it to open the assessment. Nothing was changed.</source>
        <translation>Om du har frågeformulärets fil (.json), till exempel från den som gjorde bedömningen, kan du leta upp den för att öppna bedömningen. Ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="183"/>
        <source>&amp;Locate Questionnaire…</source>
        <translation>&amp;Leta upp frågeformulär…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="190"/>
        <source>Locate Questionnaire “%1”, Version %2</source>
        <translation>Leta upp frågeformuläret ”%1”, version %2</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="192"/>
        <source>Questionnaires (*.json);;All files (*)</source>
        <translation>Frågeformulär (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="197"/>
        <source>Cannot Load Questionnaire</source>
        <translation>Frågeformuläret kan inte läsas in</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="198"/>
        <source>“%1” is not a questionnaire this program can use.</source>
        <translation>”%1” är inte ett frågeformulär som det här programmet kan använda.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="199"/>
        <source>The assessment was not opened. The problems found:</source>
        <translation>Bedömningen öppnades inte. Problem som hittades:</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="204"/>
        <source>The assessment was not opened.</source>
        <translation>Bedömningen öppnades inte.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="208"/>
        <source>“%1” is questionnaire “%2”, version %3, not “%4”.</source>
        <translation>”%1” är frågeformuläret ”%2”, version %3, inte ”%4”.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="218"/>
        <source>“%1” is version %2 of the questionnaire, which cannot take over answers from version %3.</source>
        <translation>”%1” är version %2 av frågeformuläret, som inte kan ta över svar från version %3.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="226"/>
        <source>Save Failed</source>
        <translation>Det gick inte att spara</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="227"/>
        <source>The assessment could not be saved to “%1”.</source>
        <translation>Bedömningen kunde inte sparas till ”%1”.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="230"/>
        <source>Nothing was changed on disk, and your work is still open. Choose Save As to save it somewhere else.</source>
        <translation>Ingenting ändrades på disken, och ditt arbete är fortfarande öppet. Välj Spara som för att spara det någon annanstans.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="234"/>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="265"/>
        <source>Save &amp;As…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="253"/>
        <source>File Changed on Disk</source>
        <translation>Filen har ändrats på disken</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="254"/>
        <source>The file “%1” was changed on disk by another program since you opened it.</source>
        <translation>Filen ”%1” har ändrats på disken av ett annat program sedan du öppnade den.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="258"/>
        <source>Changed: %1. Overwrite it with your version, or save your version under another name?</source>
        <translation>Ändrad: %1. Vill du skriva över den med din version, eller spara din version under ett annat namn?</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="261"/>
        <source>If you overwrite it, the version on disk is kept as “%1”.</source>
        <translation>Om du skriver över den sparas versionen på disken som ”%1”.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="264"/>
        <source>&amp;Overwrite</source>
        <translation>S&amp;kriv över</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="282"/>
        <source>File Saved Again</source>
        <translation>Filen har sparats på nytt</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="283"/>
        <source>“%1” was no longer on disk: another program moved or deleted it. Your assessment has been saved there again.</source>
        <translation>”%1” fanns inte längre på disken: ett annat program har flyttat eller raderat den. Din bedömning har sparats där igen.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="286"/>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="322"/>
        <source>Saved %1</source>
        <translation>Sparade %1</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="303"/>
        <source>assessment</source>
        <translation>bedömning</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="307"/>
        <source>Save Assessment As</source>
        <translation>Spara bedömning som</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="331"/>
        <source>Unsaved Changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="332"/>
        <source>“%1” has unsaved changes. Do you want to save them?</source>
        <translation>”%1” har osparade ändringar. Vill du spara dem?</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="357"/>
        <source>The file is damaged.</source>
        <translation>Filen är skadad.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="359"/>
        <source>It belongs to questionnaire “%1”, version %2, which is not available.</source>
        <translation>Det hör till frågeformuläret ”%1”, version %2, som inte finns.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="363"/>
        <source>Its answers cannot be carried over to the available version of the questionnaire.</source>
        <translation>Svaren kan inte föras över till den version av frågeformuläret som finns.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="367"/>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="379"/>
        <source>Recover Unsaved Work</source>
        <translation>Återställ osparat arbete</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="368"/>
        <source>Work kept from an earlier session cannot be restored. %1</source>
        <translation>Arbete som sparats från en tidigare session kan inte återställas. %1</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="370"/>
        <source>Nothing was deleted. The recovery file could not be moved and is still at %1.</source>
        <translation>Ingenting har raderats. Återställningsfilen kunde inte flyttas och finns kvar som %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="372"/>
        <source>Nothing was deleted. The recovery file was moved to %1, so it is not offered again.</source>
        <translation>Ingenting har raderats. Återställningsfilen har flyttats till %1 så att den inte erbjuds igen.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="377"/>
        <source>a new, never saved assessment</source>
        <translation>en ny bedömning som aldrig har sparats</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="380"/>
        <source>Infosäkkollen was not closed properly. Unsaved changes to %1 from %2 were kept.</source>
        <translation>Infosäkkollen avslutades inte korrekt. Osparade ändringar i %1 från %2 har bevarats.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="383"/>
        <source>Restore them? The restored work opens as unsaved changes; your file is not touched until you save.</source>
        <translation>Vill du återställa dem? Det återställda arbetet öppnas som osparade ändringar; din fil påverkas inte förrän du sparar.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="386"/>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="387"/>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="388"/>
        <source>Decide &amp;Later</source>
        <translation>Bestäm &amp;senare</translation>
    </message>
</context>
<context>
    <name>kollen::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="338"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="339"/>
        <source>Open &amp;Recent</source>
        <translation>Senaste &amp;filer</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="340"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="341"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="342"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="343"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="344"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="345"/>
        <source>&amp;New Assessment…</source>
        <translation>&amp;Ny bedömning…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="346"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="347"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="348"/>
        <source>Save &amp;As…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="349"/>
        <source>Assessment &amp;Details…</source>
        <translation>&amp;Uppgifter om bedömningen…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="350"/>
        <source>Compare with &amp;Previous Assessment…</source>
        <translation>&amp;Jämför med tidigare bedömning…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="351"/>
        <source>&amp;Management Report (PDF, Print)…</source>
        <translation>&amp;Ledningsrapport (PDF, utskrift)…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="352"/>
        <source>Load &amp;Benchmark…</source>
        <translation>Läs in jämförelse&amp;data…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="353"/>
        <source>Remove Benc&amp;hmark</source>
        <translation>Ta bort jämförelsed&amp;ata</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="354"/>
        <source>&amp;Load Requirement Set…</source>
        <translation>Läs in &amp;kravsamling…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="355"/>
        <source>Export Anonymised S&amp;ubmission…</source>
        <translation>Exportera anonymiserad &amp;inlämning…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="356"/>
        <source>S&amp;top Comparing</source>
        <translation>Sluta jä&amp;mföra</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="357"/>
        <source>Show T&amp;rend over Earlier Assessments…</source>
        <translation>Visa t&amp;rend över tidigare bedömningar…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="358"/>
        <source>Hide Tre&amp;nd</source>
        <translation>Dölj tre&amp;nd</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="359"/>
        <source>&amp;Close Assessment</source>
        <translation>S&amp;täng bedömning</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="360"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="361"/>
        <location filename="../src/gui/shell/mainwindow.cpp" line="702"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="362"/>
        <location filename="../src/gui/shell/mainwindow.cpp" line="703"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="363"/>
        <source>Zoom &amp;In</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="364"/>
        <source>Zoom &amp;Out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="365"/>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normal storlek</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="366"/>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Workshopläge</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="367"/>
        <source>&amp;Next Question</source>
        <translation>&amp;Nästa fråga</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="368"/>
        <source>&amp;Previous Question</source>
        <translation>&amp;Föregående fråga</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="369"/>
        <source>Next &amp;Work Area</source>
        <translation>Nästa &amp;arbetsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="370"/>
        <source>Previous W&amp;ork Area</source>
        <translation>Föregående a&amp;rbetsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="371"/>
        <source>O&amp;verview</source>
        <translation>&amp;Översikt</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="372"/>
        <source>&amp;Help for This Question</source>
        <translation>&amp;Hjälp för den här frågan</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="373"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="374"/>
        <source>&amp;About Infosäkkollen</source>
        <translation>&amp;Om Infosäkkollen</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="375"/>
        <source>Svenska (Swedish)</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="375"/>
        <source>English</source>
        <translation>English (engelska)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="375"/>
        <source>Norsk bokmål (Norwegian)</source>
        <translation>Norsk bokmål (norska)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="552"/>
        <location filename="../src/gui/shell/mainwindow.cpp" line="850"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="553"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="559"/>
        <source>%1/%2 · %3</source>
        <translation>%1/%2 · %3</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="567"/>
        <source>Action plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/shell/mainwindow.cpp" line="567"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="572"/>
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="573"/>
        <source>%1 of %2 met</source>
        <translation>%1 av %2 uppfyllda</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="584"/>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="584"/>
        <source>score %1</source>
        <translation>poäng %1</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="588"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/shell/mainwindow.cpp" line="589"/>
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n bedömning</numerusform>
            <numerusform>%n bedömningar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="596"/>
        <location filename="../src/gui/shell/mainwindow.cpp" line="869"/>
        <source>Infosäkkollen</source>
        <translation>Infosäkkollen</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="616"/>
        <source>Load Requirement Set</source>
        <translation>Läs in kravsamling</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="618"/>
        <source>Requirement sets (*.json);;All files (*)</source>
        <translation>Kravsamlingar (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="630"/>
        <location filename="../src/gui/shell/mainwindow.cpp" line="638"/>
        <source>Cannot Load Requirement Set</source>
        <translation>Kravsamlingen kan inte läsas in</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="631"/>
        <source>“%1” is not a requirement set this program can use, so it was not loaded.</source>
        <translation>”%1” är inte en kravsamling som programmet kan använda, så den lästes inte in.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="632"/>
        <source>Nothing was changed. The problems found:</source>
        <translation>Ingenting ändrades. Problemen som hittades:</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="639"/>
        <source>“%1” has the id “%2”, which a bundled requirement set has, so it was not loaded.</source>
        <translation>”%1” har id ”%2”, som en av programmets egna kravsamlingar har, så den lästes inte in.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="641"/>
        <source>Give the set an id of its own in its file (the member “id”).</source>
        <translation>Ge kravsamlingen ett eget id i filen (fältet ”id”).</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="673"/>
        <source>Requirement Set Loaded</source>
        <translation>Kravsamlingen lästes in</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="674"/>
        <source>“%1” was loaded, but it maps no question of the questionnaire “%2” to its requirements, so it is not shown for this assessment.</source>
        <translation>”%1” lästes in, men den kopplar ingen fråga i frågeformuläret ”%2” till sina krav, så den visas inte för den här bedömningen.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="677"/>
        <source>It is offered for assessments made with the questionnaires its evidence names.</source>
        <translation>Den erbjuds för bedömningar som görs med de frågeformulär som den hänvisar till.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="679"/>
        <source>Requirement Set Loaded with Warnings</source>
        <translation>Kravsamlingen lästes in med varningar</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="680"/>
        <source>“%1” was loaded. Its warnings:</source>
        <translation>”%1” lästes in. Varningarna:</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="682"/>
        <source>Loaded the requirement set “%1”</source>
        <translation>Kravsamlingen ”%1” lästes in</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="702"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra %1</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="703"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gör om %1</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="721"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Rensa listan</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="840"/>
        <source>Choose an answer for the current question</source>
        <translation>Välj ett svar på den aktuella frågan</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="841"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="841"/>
        <source>Clear the answer</source>
        <translation>Rensa svaret</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="842"/>
        <source>Left / Right</source>
        <translation>Vänsterpil / Högerpil</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="842"/>
        <source>Move between answer choices</source>
        <translation>Flytta mellan svarsalternativen</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="843"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="843"/>
        <source>Move between fields</source>
        <translation>Flytta mellan fälten</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="846"/>
        <source>Next question</source>
        <translation>Nästa fråga</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="847"/>
        <source>Previous question</source>
        <translation>Föregående fråga</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="848"/>
        <source>Next work area</source>
        <translation>Nästa arbetsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="849"/>
        <source>Previous work area</source>
        <translation>Föregående arbetsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="851"/>
        <source>Help for the current question</source>
        <translation>Hjälp för den aktuella frågan</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="854"/>
        <source>Undo / redo</source>
        <translation>Ångra / gör om</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="858"/>
        <source>Larger / smaller / normal text</source>
        <translation>Större / mindre / normal text</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="867"/>
        <source>About Infosäkkollen</source>
        <translation>Om Infosäkkollen</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="870"/>
        <source>Self-assessment of systematic information-security work for Swedish public bodies. The questionnaires are independent wordings modelled on MSB&apos;s method support and MSBFS 2020:6; they are not MSB&apos;s official question list.</source>
        <translation>Självskattning av systematiskt informationssäkerhetsarbete för svenska offentliga verksamheter. Frågeformulären är fristående formuleringar som bygger på MSB:s metodstöd och MSBFS 2020:6; de är inte MSB:s officiella frågelista.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="874"/>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Fri programvara under GNU General Public License, version 3 eller senare.</translation>
    </message>
</context>
<context>
    <name>kollen::gui::NewAssessmentDialog</name>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="42"/>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="44"/>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="46"/>
        <source>Norwegian (bokmål)</source>
        <translation>norska (bokmål)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="57"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="59"/>
        <source>dated %1</source>
        <translation>daterad %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="65"/>
        <source>%n work area(s)</source>
        <translation>
            <numerusform>%n arbetsområde</numerusform>
            <numerusform>%n arbetsområden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="66"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n fråga</numerusform>
            <numerusform>%n frågor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="70"/>
        <source>Languages: %1</source>
        <translation>Språk: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="72"/>
        <source>Loaded from %1</source>
        <translation>Inläst från %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="83"/>
        <source>New Assessment</source>
        <translation>Ny bedömning</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="89"/>
        <source>Questionnaires</source>
        <translation>Frågeformulär</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="93"/>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Frågeformulär:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="95"/>
        <source>&amp;Load questionnaire from file…</source>
        <translation>Läs &amp;in frågeformulär från fil…</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="97"/>
        <source>Load questionnaire from file</source>
        <translation>Läs in frågeformulär från fil</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="112"/>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="120"/>
        <source>About the questionnaire</source>
        <translation>Om frågeformuläret</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="125"/>
        <source>The assessment</source>
        <translation>Bedömningen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="138"/>
        <source>&amp;Create</source>
        <translation>&amp;Skapa</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="142"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="165"/>
        <source>No questionnaires are available. Load one from a file.</source>
        <translation>Inga frågeformulär finns tillgängliga. Läs in ett från en fil.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="166"/>
        <source>Choose a questionnaire.</source>
        <translation>Välj ett frågeformulär.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="181"/>
        <source>%1
version %2</source>
        <translation>%1
version %2</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="197"/>
        <source>Load Questionnaire</source>
        <translation>Läs in frågeformulär</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="198"/>
        <source>Questionnaires (*.json);;All files (*)</source>
        <translation>Frågeformulär (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="205"/>
        <source>Cannot Load Questionnaire</source>
        <translation>Frågeformuläret kan inte läsas in</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="206"/>
        <source>“%1” is not a questionnaire this program can use, so it was not loaded.</source>
        <translation>”%1” är inte ett frågeformulär som det här programmet kan använda och har därför inte lästs in.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="209"/>
        <source>The problems found:</source>
        <translation>Problem som hittades:</translation>
    </message>
</context>
<context>
    <name>kollen::gui::OverviewPage</name>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="141"/>
        <source>Edit assessment &amp;details…</source>
        <translation>Redigera &amp;uppgifter om bedömningen…</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="147"/>
        <source>Overall result</source>
        <translation>Samlat resultat</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="152"/>
        <source>Work areas</source>
        <translation>Arbetsområden</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="153"/>
        <source>Work area</source>
        <translation>Arbetsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="153"/>
        <source>Answered</source>
        <translation>Besvarade</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="153"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="153"/>
        <source>Score (0–4)</source>
        <translation>Poäng (0–4)</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="50"/>
        <source>No target</source>
        <translation>Inget mål</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="53"/>
        <source>Target level</source>
        <translation>Målnivå</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="57"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="61"/>
        <location filename="../src/gui/pages/overviewpage.cpp" line="154"/>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="117"/>
        <source>✓ reached</source>
        <translation>✓ uppnått</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/overviewpage.cpp" line="118"/>
        <source>%n level(s) to go</source>
        <translation>
            <numerusform>%n nivå kvar</numerusform>
            <numerusform>%n nivåer kvar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="153"/>
        <location filename="../src/gui/pages/overviewpage.cpp" line="438"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="154"/>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="154"/>
        <source>Previous</source>
        <translation>Tidigare</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="154"/>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="155"/>
        <source>Group median</source>
        <translation>Gruppens median</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="160"/>
        <source>Double-click or press F2 to set the target level</source>
        <translation>Dubbelklicka eller tryck F2 för att ange målnivå</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="161"/>
        <source>Double-click or press F2 to set the target date</source>
        <translation>Dubbelklicka eller tryck F2 för att ange måldatum</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="188"/>
        <source>Compare with &amp;group:</source>
        <translation>Jämför med &amp;grupp:</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="216"/>
        <source>Press Enter or double-click a work area to open it; double-click or press F2 in the target columns to set a target. The score shows the reached level plus the share of the next level that is in place.</source>
        <translation>Tryck Enter eller dubbelklicka på ett arbetsområde för att öppna det; dubbelklicka eller tryck F2 i målkolumnerna för att ange ett mål. Poängen visar uppnådd nivå plus den andel av nästa nivå som är på plats.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/overviewpage.cpp" line="250"/>
        <source>%1 (%n organisation(s))</source>
        <translation>
            <numerusform>%1 (%n organisation)</numerusform>
            <numerusform>%1 (%n organisationer)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="256"/>
        <source>Fictitious example data, not real results.</source>
        <translation>Fiktiva exempeldata, inte verkliga resultat.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="259"/>
        <source>generated %1; groups smaller than %2 are not shown</source>
        <translation>skapade %1; grupper mindre än %2 visas inte</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="266"/>
        <source>No group in this benchmark is large enough to compare with.</source>
        <translation>Ingen grupp i jämförelsedata är tillräckligt stor att jämföra med.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="352"/>
        <source>Cybersecurity Act</source>
        <translation>Cybersäkerhetslagen</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="440"/>
        <source>Median: %1</source>
        <translation>Median: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="338"/>
        <source>Unnamed organisation</source>
        <translation>Namnlös organisation</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="155"/>
        <source>Position</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="157"/>
        <source>Where the score stands in the group: its quarter, Q1 lowest … Q4 highest; in a group of fewer than %1 organisations, which has no quartiles, below, at or above the median</source>
        <translation>Var poängen ligger i gruppen: dess kvartil, K1 lägst … K4 högst; i en grupp med färre än %1 organisationer, som saknar kvartiler, under, vid eller över medianen</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="349"/>
        <source>Organisation type</source>
        <translation>Organisationstyp</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="353"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="353"/>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="354"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="354"/>
        <source>none listed</source>
        <translation>inga angivna</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="356"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="357"/>
        <source>Questionnaire</source>
        <translation>Frågeformulär</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="359"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="370"/>
        <source>Overall: %1</source>
        <translation>Sammantaget: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="377"/>
        <source>score %1 of 4</source>
        <translation>poäng %1 av 4</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="434"/>
        <source>Previous (%1)</source>
        <translation>Tidigare (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="437"/>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/overviewpage.cpp" line="450"/>
        <source>%n question(s) flagged for follow-up.</source>
        <translation>
            <numerusform>%n fråga är markerad för uppföljning.</numerusform>
            <numerusform>%n frågor är markerade för uppföljning.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kollen::gui::QuestionWidget</name>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="56"/>
        <source>Question %1</source>
        <translation>Fråga %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="72"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="74"/>
        <source>Show what counts as &quot;yes&quot; and links to guidance (F1)</source>
        <translation>Visa vad som räknas som ”ja” och länkar till vägledning (F1)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="75"/>
        <source>Help for question %1</source>
        <translation>Hjälp för fråga %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="84"/>
        <source>%1: %2</source>
        <comment>requirement reference: title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="96"/>
        <source>Requirements this question evidences</source>
        <translation>Krav som frågan visar</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="115"/>
        <source>%1 (key %2)</source>
        <translation>%1 (tangent %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="139"/>
        <source>Next step:</source>
        <translation>Nästa steg:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="144"/>
        <source>Guidance:</source>
        <translation>Vägledning:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="154"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="157"/>
        <source>Notes, disagreements, context</source>
        <translation>Anteckningar, olika uppfattningar, sammanhang</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="158"/>
        <source>Comment on question %1</source>
        <translation>Kommentar till fråga %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="161"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Underlag:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="163"/>
        <source>Where the proof is: decision, document, record number</source>
        <translation>Var underlaget finns: beslut, dokument, diarienummer</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="164"/>
        <source>Evidence for question %1</source>
        <translation>Underlag för fråga %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="166"/>
        <source>&amp;Follow up</source>
        <translation>&amp;Följ upp</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="167"/>
        <source>Follow up question %1</source>
        <translation>Följ upp fråga %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="202"/>
        <source>Not answered</source>
        <translation>Inte besvarad</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="204"/>
        <source>Not applicable is not allowed here: counts as unanswered</source>
        <translation>Ej tillämplig är inte tillåtet här: räknas som obesvarad</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="206"/>
        <source>Not applicable: give the reason in the comment</source>
        <translation>Ej tillämplig: ange skälet i kommentaren</translation>
    </message>
</context>
<context>
    <name>kollen::gui::RadarChart</name>
    <message>
        <location filename="../src/gui/widgets/radarchart.cpp" line="64"/>
        <source>Radar chart of the score per work area</source>
        <translation>Radardiagram över poängen per arbetsområde</translation>
    </message>
</context>
<context>
    <name>kollen::gui::RecoveryNotice</name>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="88"/>
        <source>you do not have permission to write there</source>
        <translation>du har inte behörighet att skriva där</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="91"/>
        <source>there is not enough space on the disk</source>
        <translation>det finns inte tillräckligt med utrymme på disken</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="94"/>
        <source>the disk is read-only</source>
        <translation>disken är skrivskyddad</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="97"/>
        <source>the folder does not exist and could not be created</source>
        <translation>mappen finns inte och kunde inte skapas</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="110"/>
        <source>the file could not be written</source>
        <translation>filen kunde inte skrivas</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="113"/>
        <source>The automatic recovery file could not be written to the folder “%1”: %2. Save the assessment to keep your work safe.</source>
        <translation>Den automatiska återställningsfilen kunde inte skrivas till mappen ”%1”: %2. Spara bedömningen så att ditt arbete inte går förlorat.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="129"/>
        <source>Unsaved changes are not being backed up</source>
        <translation>Osparade ändringar säkerhetskopieras inte</translation>
    </message>
</context>
<context>
    <name>kollen::gui::ReportDialog</name>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="59"/>
        <source>Export Report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="63"/>
        <source>A management report of the assessment on A4: cover, summary with the overall level and the most important gaps, radar chart and results per work area, feedback with links to guidance, and the scoring method.</source>
        <translation>En ledningsrapport över bedömningen i A4: försättsblad, sammanfattning med samlad nivå och de viktigaste bristerna, radardiagram och resultat per arbetsområde, återkoppling med länkar till vägledning samt poängberäkningens metod.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="70"/>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="72"/>
        <source>Include &amp;comments and notes</source>
        <translation>Ta med &amp;kommentarer och anteckningar</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="74"/>
        <source>Comments and notes may contain sensitive information. They are left out unless you include them.</source>
        <translation>Kommentarer och anteckningar kan innehålla känslig information. De utelämnas om du inte väljer att ta med dem.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="76"/>
        <source>Include the &amp;action plan (owners, due dates, status)</source>
        <translation>Ta med &amp;åtgärdsplanen (ansvariga, datum, status)</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="78"/>
        <source>Add an appe&amp;ndix with every question, its answer and evidence</source>
        <translation>Lägg till en &amp;bilaga med alla frågor, svar och underlag</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="81"/>
        <source>Comments and notes may contain sensitive information.</source>
        <translation>Kommentarer och anteckningar kan innehålla känslig information.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="111"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportera PDF…</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="113"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Förhandsgranska…</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="115"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="159"/>
        <source>Include the comparison with the benchmark group “%1” (median and position in the group)</source>
        <translation>Ta med jämförelsen med jämförelsegruppen ”%1” (median och läge i gruppen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportdialog.cpp" line="165"/>
        <source>Include the development over %n assessment(s)</source>
        <translation>
            <numerusform>Ta med utvecklingen över %n bedömning</numerusform>
            <numerusform>Ta med utvecklingen över %n bedömningar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="175"/>
        <source>Include the requirements of “%1”</source>
        <translation>Ta med kraven i ”%1”</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="194"/>
        <source>Unsaved assessment</source>
        <translation>Osparad bedömning</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="205"/>
        <source>assessment</source>
        <translation>bedömning</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="206"/>
        <source>-report</source>
        <translation>-rapport</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="219"/>
        <source>Export Failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="220"/>
        <source>The report could not be written to “%1”.</source>
        <translation>Rapporten kunde inte skrivas till ”%1”.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="223"/>
        <source>The report was saved as “%1”. &lt;a href=&quot;%2&quot;&gt;Open it&lt;/a&gt;</source>
        <translation>Rapporten sparades som ”%1”. &lt;a href=&quot;%2&quot;&gt;Öppna den&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="230"/>
        <source>Export Report as PDF</source>
        <translation>Exportera rapport som PDF</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="231"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="245"/>
        <source>Print Preview – Report</source>
        <translation>Förhandsgranskning – rapport</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="260"/>
        <source>Print Report</source>
        <translation>Skriv ut rapport</translation>
    </message>
</context>
<context>
    <name>kollen::gui::RequirementsPage</name>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="51"/>
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="54"/>
        <source>Requirement &amp;set:</source>
        <translation>&amp;Kravsamling:</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="57"/>
        <source>Requirement set</source>
        <translation>Kravsamling</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="83"/>
        <source>Reference / work area</source>
        <translation>Hänvisning / arbetsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="161"/>
        <source>No question of this questionnaire covers the requirement; assess it separately.</source>
        <translation>Ingen fråga i detta frågeformulär täcker kravet; bedöm det för sig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/requirementspage.cpp" line="182"/>
        <source>%n met</source>
        <translation>
            <numerusform>%n uppfyllt</numerusform>
            <numerusform>%n uppfyllda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/requirementspage.cpp" line="183"/>
        <source>%n partly</source>
        <translation>
            <numerusform>%n delvis</numerusform>
            <numerusform>%n delvis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/requirementspage.cpp" line="184"/>
        <source>%n not met</source>
        <translation>
            <numerusform>%n inte uppfyllt</numerusform>
            <numerusform>%n inte uppfyllda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/requirementspage.cpp" line="185"/>
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n ej tillämpligt</numerusform>
            <numerusform>%n ej tillämpliga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/requirementspage.cpp" line="186"/>
        <source>%n not answered</source>
        <translation>
            <numerusform>%n inte besvarat</numerusform>
            <numerusform>%n inte besvarade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/requirementspage.cpp" line="188"/>
        <source>%n not covered by the questionnaire</source>
        <translation>
            <numerusform>%n täcks inte av frågeformuläret</numerusform>
            <numerusform>%n täcks inte av frågeformuläret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/requirementspage.cpp" line="189"/>
        <source>%n requirement(s): %1.</source>
        <translation>
            <numerusform>%n krav: %1.</numerusform>
            <numerusform>%n krav: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="81"/>
        <source>Requirements and their questions</source>
        <translation>Krav och deras frågor</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="83"/>
        <source>Requirement / question</source>
        <translation>Krav / fråga</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="83"/>
        <source>In place</source>
        <translation>På plats</translation>
    </message>
</context>
<context>
    <name>kollen::gui::ShortcutsDialog</name>
    <message>
        <location filename="../src/gui/dialogs/shortcutsdialog.cpp" line="13"/>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
</context>
<context>
    <name>kollen::gui::SubmissionDialog</name>
    <message>
        <location filename="../src/gui/dialogs/submissiondialog.cpp" line="14"/>
        <source>Export Anonymised Submission</source>
        <translation>Exportera anonymiserad inlämning</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/submissiondialog.cpp" line="16"/>
        <source>The submission contains only the questionnaire and its version, the organisation type and size band, the year and the answers: no names, comments, evidence or participants. This is exactly what will be written:</source>
        <translation>Inlämningen innehåller bara frågeformuläret och dess version, organisationstyp och storleksklass, året och svaren: inga namn, kommentarer, underlag eller deltagare. Exakt detta kommer att skrivas:</translation>
    </message>
</context>
<context>
    <name>kollen::gui::TrendPage</name>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="38"/>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="57"/>
        <source>Development over time</source>
        <translation>Utveckling över tid</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="66"/>
        <source>Level and score per work area and assessment</source>
        <translation>Nivå och poäng per arbetsområde och bedömning</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="129"/>
        <source>No earlier assessments are open. Use File ▸ Show Trend over Earlier Assessments.</source>
        <translation>Inga tidigare bedömningar är öppna. Använd Arkiv ▸ Visa trend över tidigare bedömningar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/trendpage.cpp" line="138"/>
        <source>%n assessment(s) of the organisation, oldest first. Overall %1 (score %2) on %3, %4 (score %5) on %6.</source>
        <translation>
            <numerusform>%n bedömning av organisationen, äldst först. Sammantaget %1 (poäng %2) den %3, %4 (poäng %5) den %6.</numerusform>
            <numerusform>%n bedömningar av organisationen, äldst först. Sammantaget %1 (poäng %2) den %3, %4 (poäng %5) den %6.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="145"/>
        <source>Work area</source>
        <translation>Arbetsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="148"/>
        <source>%1 (open)</source>
        <translation>%1 (öppen)</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="150"/>
        <source>Change in score</source>
        <translation>Förändring i poäng</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="161"/>
        <location filename="../src/gui/pages/trendpage.cpp" line="229"/>
        <source>Overall</source>
        <translation>Totalt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/trendpage.cpp" line="184"/>
        <source>%1 was made with version %2 of the questionnaire and was carried over to version %3; %n item(s) could not be carried over.</source>
        <translation>
            <numerusform>%1 gjordes med version %2 av frågeformuläret och har förts över till version %3; %n uppgift kunde inte föras över.</numerusform>
            <numerusform>%1 gjordes med version %2 av frågeformuläret och har förts över till version %3; %n uppgifter kunde inte föras över.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="201"/>
        <source>Note: the assessments name different organisations (%1).</source>
        <translation>Obs! Bedömningarna anger olika organisationer (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/trendpage.cpp" line="206"/>
        <source>%n assessment(s) without a date are listed last and left out of the chart.</source>
        <translation>
            <numerusform>%n bedömning utan datum står sist och är inte med i diagrammet.</numerusform>
            <numerusform>%n bedömningar utan datum står sist och är inte med i diagrammet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="208"/>
        <source>Choose a row to see its development in the chart; Enter opens the work area.</source>
        <translation>Välj en rad för att se dess utveckling i diagrammet; Enter öppnar arbetsområdet.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="242"/>
        <source>Score (0–4)</source>
        <translation>Poäng (0–4)</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="247"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="294"/>
        <source>Level / score</source>
        <translation>Nivå / poäng</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="304"/>
        <source>Target level</source>
        <translation>Målnivå</translation>
    </message>
</context>
<context>
    <name>kollen::gui::WelcomePage</name>
    <message>
        <location filename="../src/gui/shell/welcomepage.cpp" line="63"/>
        <source>Infosäkkollen</source>
        <translation>Infosäkkollen</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/welcomepage.cpp" line="64"/>
        <source>Assess how systematic your organisation&apos;s information-security work is: answer the questions of each work area alone or in a workshop, and see the maturity level per area and overall on MSB&apos;s four-level scale, with links to MSB&apos;s guidance.</source>
        <translation>Bedöm hur systematiskt er organisations informationssäkerhetsarbete är: besvara frågorna inom varje arbetsområde på egen hand eller i en workshop och se mognadsnivån per område och totalt på MSB:s skala med fyra nivåer, med länkar till MSB:s vägledning.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/welcomepage.cpp" line="67"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Ny bedömning…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/welcomepage.cpp" line="68"/>
        <source>&amp;Open assessment…</source>
        <translation>&amp;Öppna bedömning…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/welcomepage.cpp" line="69"/>
        <source>&amp;Recent assessments</source>
        <translation>&amp;Senaste bedömningar</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/welcomepage.cpp" line="70"/>
        <source>Recent assessments</source>
        <translation>Senaste bedömningar</translation>
    </message>
</context>
<context>
    <name>kollen::gui::WorkshopView</name>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="73"/>
        <source>Time in this area</source>
        <translation>Tid i det här området</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="104"/>
        <source>%1 (key %2)</source>
        <translation>%1 (tangent %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="116"/>
        <location filename="../src/gui/workshop/workshopview.cpp" line="259"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="122"/>
        <source>What the group said, examples, evidence</source>
        <translation>Vad gruppen sa, exempel, underlag</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="127"/>
        <location filename="../src/gui/workshop/workshopview.cpp" line="261"/>
        <source>Return later [F]</source>
        <translation>Återkom senare [F]</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="130"/>
        <location filename="../src/gui/workshop/workshopview.cpp" line="263"/>
        <source>Not agreed [D]</source>
        <translation>Ej överens [D]</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="135"/>
        <source>The differing views, in a few words</source>
        <translation>De olika uppfattningarna, med några ord</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="136"/>
        <source>Differing views</source>
        <translation>Olika uppfattningar</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="168"/>
        <source>1–%1 answer · → / Space / Page Down next · ← / Page Up back · F return later · D not agreed · G go to area · L list · H contrast · T timer · Esc leave</source>
        <translation>1–%1 svara · → / blanksteg / Page Down nästa · ← / Page Up tillbaka · F återkom senare · D ej överens · G gå till område · L lista · H kontrast · T tid · Esc avsluta</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="231"/>
        <source>Question %1 of %2</source>
        <translation>Fråga %1 av %2</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="258"/>
        <source>&amp;Notes (Not applicable needs a reason: write it here):</source>
        <translation>&amp;Anteckningar (Ej tillämplig kräver ett skäl: skriv det här):</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="269"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="270"/>
        <source>Summary: %1</source>
        <translation>Sammanfattning: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="289"/>
        <source>To reach %1:</source>
        <translation>För att nå %1:</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="296"/>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="304"/>
        <source>Time in area %1</source>
        <translation>Tid i området %1</translation>
    </message>
</context>
<context>
    <name>kollen::gui::WorkshopWindow</name>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="33"/>
        <source>○ open</source>
        <translation>○ öppen</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="33"/>
        <source>● answered</source>
        <translation>● besvarad</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="35"/>
        <source>⚑ later</source>
        <translation>⚑ senare</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="37"/>
        <source>⚠ not agreed</source>
        <translation>⚠ ej överens</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="50"/>
        <source>Workshop – %1</source>
        <translation>Workshop – %1</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="57"/>
        <source>All questions</source>
        <translation>Alla frågor</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="58"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="98"/>
        <source>Workshop – audience view</source>
        <translation>Workshop – publikvy</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="140"/>
        <source>Open, flagged and not agreed questions</source>
        <translation>Öppna, flaggade och ej överens-markerade frågor</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="162"/>
        <source>Every question is answered, and none is flagged or not agreed.</source>
        <translation>Alla frågor är besvarade, och ingen är flaggad eller markerad som ej överens.</translation>
    </message>
</context>
</TS>
