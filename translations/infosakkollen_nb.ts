<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
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
        <translation>Arbeidsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="13"/>
        <source>Question id</source>
        <translation>Spørsmåls-id</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="14"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="15"/>
        <source>Current answer</source>
        <translation>Nåværende svar</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="16"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="17"/>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="18"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="19"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="20"/>
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="21"/>
        <source>Guidance</source>
        <translation>Veiledning</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="31"/>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="40"/>
        <source>(no date)</source>
        <translation>(ingen dato)</translation>
    </message>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="63"/>
        <source>Level (score 0–4) per assessment, oldest first.</source>
        <translation>Nivå (poeng 0–4) per vurdering, eldste først.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/trend.cpp" line="68"/>
        <source>(questionnaire version %1, carried over; %n item(s) could not be carried over)</source>
        <translation>
            <numerusform>(spørreversjon %1, overført; %n opplysning kunne ikke overføres)</numerusform>
            <numerusform>(spørreversjon %1, overført; %n opplysninger kunne ikke overføres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/trend.cpp" line="74"/>
        <source>(%n question(s) added since, counted as not answered)</source>
        <translation>
            <numerusform>(%n spørsmål lagt til siden, regnes som ubesvart)</numerusform>
            <numerusform>(%n spørsmål lagt til siden, regnes som ubesvart)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="90"/>
        <source>Every assessment is scored here under the rule %1 of version %2. Made under the rule %4, %3 can show other levels here than were reported then.</source>
        <translation>Alle vurderingene poengsettes her med regelen %1 i versjon %2. %3 ble gjort med regelen %4 og kan derfor vise andre nivåer her enn de som ble rapportert da.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="97"/>
        <source>Note: the files name different organisations.</source>
        <translation>Merk: Filene oppgir ulike organisasjoner.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="105"/>
        <source>--trend needs at least two assessment files</source>
        <translation>--trend trenger minst to vurderingsfiler</translation>
    </message>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="124"/>
        <source>%1: made with questionnaire &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>%1: laget med spørreskjemaet «%2», ikke «%3»</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="90"/>
        <source>--export-pdf needs the assessment and one output file: --export-pdf ASSESSMENT OUT.pdf</source>
        <translation>--export-pdf trenger vurderingen og én utdatafil: --export-pdf VURDERING UT.pdf</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="41"/>
        <source>%1: the benchmark is for questionnaire %2, not %3</source>
        <translation>%1: sammenligningsdataene gjelder spørreskjemaet %2, ikke %3</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="49"/>
        <source>%1: group &quot;%2&quot; is not published in this benchmark</source>
        <translation>%1: gruppen «%2» er ikke publisert i disse sammenligningsdataene</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="57"/>
        <source>%1: no published group to compare with; the report leaves it out</source>
        <translation>%1: ingen publisert gruppe å sammenligne med; rapporten utelater sammenligningen</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="95"/>
        <source>internal error: --export-pdf needs a QApplication</source>
        <translation>intern feil: --export-pdf trenger en QApplication</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="159"/>
        <source>--requirements: no requirement set &quot;%1&quot; covers questionnaire &quot;%2&quot;; available: %3</source>
        <translation>--requirements: ingen kravsamling «%1» dekker spørreskjemaet «%2»; tilgjengelige: %3</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="162"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="183"/>
        <source>%1: report written</source>
        <translation>%1: rapporten ble skrevet</translation>
    </message>
    <message>
        <location filename="../src/app/commands/submission.cpp" line="16"/>
        <source>--export-submission needs the assessment and one output file: --export-submission ASSESSMENT OUT.json</source>
        <translation>--export-submission trenger vurderingen og én utfil: --export-submission VURDERING UT.json</translation>
    </message>
    <message>
        <location filename="../src/app/commands/submission.cpp" line="36"/>
        <source>Note: the assessment has no organisation type, so the submission counts only in the group of all organisations.</source>
        <translation>Merk: vurderingen mangler virksomhetstype, så innsendingen teller bare i gruppen med alle virksomheter.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/submission.cpp" line="39"/>
        <source>Note: the assessment has no size band, so the submission counts in no size group.</source>
        <translation>Merk: vurderingen mangler størrelsesklasse, så innsendingen teller ikke i noen størrelsesgruppe.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/submission.cpp" line="40"/>
        <source>%1: submission written. It holds only what is shown above: no names, comments, evidence or notes.</source>
        <translation>%1: innsendingen ble skrevet. Den inneholder bare det som vises over: ingen navn, kommentarer, dokumentasjon eller notater.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="152"/>
        <source>%1: --out names a submission that is one of the inputs; name another file for the benchmark</source>
        <translation>%1: --out angir en innsending som er en av inndatafilene; angi en annen fil for sammenligningen</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="219"/>
        <location filename="../src/app/commands/trend.cpp" line="119"/>
        <source>%1: questionnaire &quot;%2&quot; is not available; name its file with --questionnaire</source>
        <translation>%1: spørreskjemaet «%2» er ikke tilgjengelig; oppgi filen med --questionnaire</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="245"/>
        <source>Files read: %1, used: %2, skipped: %3</source>
        <translation>Leste filer: %1, brukt: %2, hoppet over: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/aggregate.cpp" line="247"/>
        <source>Duplicates counted once: %n (the same submission, or the same answers, as one used)</source>
        <translation>
            <numerusform>Duplikater talt én gang: %n (samme innsending, eller samme svar, som en som brukes)</numerusform>
            <numerusform>Duplikater talt én gang: %n (samme innsending, eller samme svar, som en som brukes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="251"/>
        <source>Files used with warnings: %1 (answers the questionnaire does not know count as unanswered)</source>
        <translation>Filer brukt med advarsler: %1 (svar spørreskjemaet ikke kjenner, regnes som ubesvart)</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="255"/>
        <source>No submission could be used; no benchmark was written.</source>
        <translation>Ingen innsending kunne brukes; ingen sammenligningsdata ble skrevet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/aggregate.cpp" line="271"/>
        <source>%1: a benchmark of round “%2” made from other submissions (%n submission(s)) exists; whoever has both can work out the scores of the submissions that differ</source>
        <translation>
            <numerusform>%1: det finnes allerede sammenligningsdata for runden «%2» fra andre innsendinger (%n innsending); den som har begge, kan regne ut poengene for innsendingene som er forskjellige</numerusform>
            <numerusform>%1: det finnes allerede sammenligningsdata for runden «%2» fra andre innsendinger (%n innsendinger); den som har begge, kan regne ut poengene for innsendingene som er forskjellige</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="277"/>
        <source>No benchmark was written. Name a new round with --round, or write it anyway with --force.</source>
        <translation>Ingen sammenligningsdata ble skrevet. Oppgi en ny runde med --round, eller skriv likevel med --force.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="281"/>
        <source>warning: %1 (written anyway: --force)</source>
        <translation>advarsel: %1 (skrevet likevel: --force)</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="284"/>
        <source>--min-group %1 was raised to %2: no group is published with fewer organisations.</source>
        <translation>--min-group %1 ble hevet til %2: ingen gruppe med færre organisasjoner publiseres.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="297"/>
        <source>Questionnaire: %1 %2</source>
        <translation>Spørreskjema: %1 %2</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="300"/>
        <source>Round: %1</source>
        <translation>Runde: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/aggregate.cpp" line="301"/>
        <source>Groups published: %1, suppressed: %2 (fewer than %n organisation(s), or hidden so that a smaller group cannot be worked out by subtraction)</source>
        <translation>
            <numerusform>Publiserte grupper: %1, skjult: %2 (færre enn %n virksomhet, eller skjult slik at en mindre gruppe ikke kan regnes ut ved subtraksjon)</numerusform>
            <numerusform>Publiserte grupper: %1, skjult: %2 (færre enn %n virksomheter, eller skjult slik at en mindre gruppe ikke kan regnes ut ved subtraksjon)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="316"/>
        <source>%1: benchmark written</source>
        <translation>%1: sammenligningsdata ble skrevet</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="38"/>
        <source>Self-assessment of systematic information-security work for Swedish public bodies.</source>
        <translation>Egenvurdering av systematisk informasjonssikkerhetsarbeid i svenske offentlige virksomheter.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="57"/>
        <source>%1 and %2 are two commands; give one at a time</source>
        <translation>%1 og %2 er to kommandoer; oppgi én om gangen</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="60"/>
        <source>%1 is not used with %2</source>
        <translation>%1 brukes ikke med %2</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="125"/>
        <source>Unknown language &quot;%1&quot; for --lang; use one of: %2</source>
        <translation>Ukjent språk «%1» for --lang; oppgi ett av: %2</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="31"/>
        <source>Check questionnaire or assessment files and report every problem.</source>
        <translation>Kontroller filer med spørreskjemaer eller vurderinger og rapporter alle problemer.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="33"/>
        <source>Print the levels of an assessment.</source>
        <translation>Skriv ut nivåene for en vurdering.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="35"/>
        <source>With --score or --trend: print JSON.</source>
        <translation>Med --score eller --trend: skriv ut JSON.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="67"/>
        <source>With --aggregate: groups with fewer organisations are not published (default 5, at least 3).</source>
        <translation>Med --aggregate: grupper med færre organisasjoner publiseres ikke (standard 5, minst 3).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="78"/>
        <source>With --aggregate: the collection round the submissions belong to (default: this year).</source>
        <translation>Med --aggregate: innsamlingsrunden innsendingene hører til (standard: i år).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="82"/>
        <source>With --aggregate: write the benchmark even though one of the same round from other submissions exists.</source>
        <translation>Med --aggregate: skriv sammenligningsdata selv om det finnes slike for samme runde fra andre innsendinger.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="87"/>
        <source>Print level and score per work area for several assessments of the same organisation, oldest first: --trend ASSESSMENT ASSESSMENT... Older questionnaire versions are carried over first.</source>
        <translation>Skriv ut nivå og poeng per arbeidsområde for flere vurderinger av samme organisasjon, eldste først: --trend VURDERING VURDERING... Eldre versjoner av spørreskjemaet overføres først.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="93"/>
        <source>With --export-pdf: compare with this benchmark file (median and position in the group per work area).</source>
        <translation>Med --export-pdf: sammenlign med denne filen med sammenligningsdata (median og plassering i gruppen per arbeidsområde).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="37"/>
        <source>Language of the output (sv, en, nb).</source>
        <translation>Språk for utdata (sv, en, nb).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="22"/>
        <location filename="../src/app/commands/options.cpp" line="25"/>
        <source>Show this help.</source>
        <translation>Vis denne hjelpen.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="28"/>
        <source>Show the program&apos;s version.</source>
        <translation>Vis programmets versjon.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="40"/>
        <source>Also use this questionnaire file (may be repeated).</source>
        <translation>Bruk også denne spørreskjemafilen (kan gjentas).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="42"/>
        <source>Write the management report of an assessment as PDF: --export-pdf ASSESSMENT OUT.pdf. Works without a display.</source>
        <translation>Skriv lederrapporten for en vurdering som PDF: --export-pdf VURDERING UT.pdf. Virker uten skjerm.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="47"/>
        <source>With --export-pdf: include comments and notes (they may be sensitive).</source>
        <translation>Med --export-pdf: ta med kommentarer og notater (de kan være sensitive).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="50"/>
        <source>With --export-pdf: add an appendix with every question.</source>
        <translation>Med --export-pdf: legg til et vedlegg med alle spørsmålene.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="98"/>
        <source>With --benchmark: the group to compare with, e.g. all, type:kommun (default: the organisation&apos;s most specific published group).</source>
        <translation>Med --benchmark: gruppen det sammenlignes med, f.eks. all, type:kommun (standard: organisasjonens mest spesifikke publiserte gruppe).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="103"/>
        <source>With --export-pdf: an earlier assessment of the organisation for the development over time (may be repeated).</source>
        <translation>Med --export-pdf: en tidligere vurdering av organisasjonen for utviklingen over tid (kan gjentas).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="108"/>
        <source>With --export-pdf: a requirement set to report on, by id (cybersakerhetslagen, msbfs-2020-6, …) or as a file of one&apos;s own (may be repeated; default: the set for the organisation&apos;s type; none: no set).</source>
        <translation>Med --export-pdf: en kravsamling å rapportere mot, med ID (cybersakerhetslagen, msbfs-2020-6, …) eller som en egen fil (kan gjentas; standard: samlingen for organisasjonens type; none: ingen samling).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="52"/>
        <source>With --export-pdf: leave out the action plan.</source>
        <translation>Med --export-pdf: utelat tiltaksplanen.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="54"/>
        <source>Write the anonymised submission of an assessment for a benchmark: --export-submission ASSESSMENT OUT.json. It holds only the questionnaire, the organisation type and size band, the year and the answers, and is printed.</source>
        <translation>Skriv en anonymisert innsending av en vurdering for sammenligningsdata: --export-submission VURDERING UT.json. Den inneholder bare spørreskjemaet, virksomhetstype og størrelsesklasse, året og svarene, og skrives også ut.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="60"/>
        <source>Build a benchmark from submission files: --aggregate FOLDER_OR_FILE... --out BENCHMARK.json. Reads every *.json file in the folders.</source>
        <translation>Bygg sammenligningsdata av innsendingsfiler: --aggregate MAPPE_ELLER_FIL... --out SAMMENLIGNING.json. Leser alle *.json-filer i mappene.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="64"/>
        <source>With --aggregate: the benchmark file to write.</source>
        <translation>Med --aggregate: filen med sammenligningsdata som skal skrives.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="72"/>
        <source>With --aggregate: a label stored in the benchmark (its source).</source>
        <translation>Med --aggregate: en etikett som lagres i sammenligningsdataene (kilden).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="75"/>
        <source>With --aggregate: mark the benchmark as made from invented data.</source>
        <translation>Med --aggregate: merk sammenligningsdataene som laget av oppdiktede data.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="42"/>
        <source>Files to check (with --validate); the output file (with --export-pdf).</source>
        <translation>Filer som skal kontrolleres (med --validate); utdatafilen (med --export-pdf).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="327"/>
        <source>--aggregate needs the benchmark file to write: --aggregate FOLDER_OR_FILE... --out BENCHMARK.json</source>
        <translation>--aggregate trenger filen som skal skrives: --aggregate MAPPE_ELLER_FIL... --out SAMMENLIGNING.json</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="335"/>
        <source>--min-group must be a whole number of at least 1</source>
        <translation>--min-group må være et heltall på minst 1</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="96"/>
        <source>Assessment file to open.</source>
        <translation>Vurderingsfil som skal åpnes.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/common.cpp" line="98"/>
        <source>%1: questionnaire &quot;%2&quot; version &quot;%3&quot; is not available (version %4 is, but has no migration from it); name its file with --questionnaire</source>
        <translation>%1: spørreskjemaet «%2» versjon «%3» er ikke tilgjengelig (versjon %4 er det, men har ingen overføring fra den); oppgi filen med --questionnaire</translation>
    </message>
    <message>
        <location filename="../src/app/commands/common.cpp" line="102"/>
        <source>%1: questionnaire &quot;%2&quot; version &quot;%3&quot; is not available; name its file with --questionnaire</source>
        <translation>%1: spørreskjemaet «%2» versjon «%3» er ikke tilgjengelig; oppgi filen med --questionnaire</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="19"/>
        <location filename="../src/app/commands/trend.cpp" line="30"/>
        <source>Work area</source>
        <translation>Arbeidsområde</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="31"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="32"/>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="32"/>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="33"/>
        <source>not assessed</source>
        <translation>ikke vurdert</translation>
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
        <translation>Nivå 1 er ennå ikke nådd.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="59"/>
        <source>The overall level is that of the lowest work area: %1.</source>
        <translation>Samlet nivå er nivået til det laveste arbeidsområdet: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="63"/>
        <source>For information, not the level: mean area score %1, share met of all questions %2.</source>
        <translation>Til informasjon, ikke som nivå: gjennomsnittlig poeng per arbeidsområde %1, oppfylt andel av alle spørsmål %2.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="69"/>
        <source>Not assessed (too little is applicable): %1.</source>
        <translation>Ikke vurdert (for lite er aktuelt): %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/score.cpp" line="74"/>
        <source>%n Not applicable answer(s) without a reason in the comment.</source>
        <translation>
            <numerusform>%n svar Ikke relevant uten begrunnelse i kommentaren.</numerusform>
            <numerusform>%n svar Ikke relevant uten begrunnelse i kommentaren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/score.cpp" line="79"/>
        <source>%n Not applicable answer(s) where the questionnaire does not allow it, counted as unanswered.</source>
        <translation>
            <numerusform>%n svar Ikke relevant der spørreskjemaet ikke tillater det, regnet som ubesvart.</numerusform>
            <numerusform>%n svar Ikke relevant der spørreskjemaet ikke tillater det, regnet som ubesvarte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="87"/>
        <source>Rule: %1, threshold %2</source>
        <translation>Regel: %1, terskel %2</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="92"/>
        <source>, level %1: every question at least %2</source>
        <translation>, nivå %1: hvert spørsmål minst %2</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="98"/>
        <source>, at least %1 of a level applicable</source>
        <translation>, minst %1 av et nivå aktuelt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="34"/>
        <source>%1: valid assessment of %2 %3, %n response(s)</source>
        <translation>
            <numerusform>%1: gyldig vurdering av %2 %3, %n svar</numerusform>
            <numerusform>%1: gyldig vurdering av %2 %3, %n svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="45"/>
        <source>%1: valid submission of %2 %3, %n answer(s)</source>
        <translation>
            <numerusform>%1: gyldig innsending av %2 %3, %n svar</numerusform>
            <numerusform>%1: gyldig innsending av %2 %3, %n svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="58"/>
        <source>%1: valid benchmark of %2 %3, %4 of %n group(s) published</source>
        <translation>
            <numerusform>%1: gyldige sammenligningsdata for %2 %3, %4 av %n gruppe publisert</numerusform>
            <numerusform>%1: gyldige sammenligningsdata for %2 %3, %4 av %n grupper publisert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="70"/>
        <source>%1: valid requirement set %2 %3, %n requirement(s)</source>
        <translation>
            <numerusform>%1: gyldig kravsamling %2 %3, %n krav</numerusform>
            <numerusform>%1: gyldig kravsamling %2 %3, %n krav</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/validate.cpp" line="85"/>
        <source>  %1: questionnaire not at hand; name its file with --questionnaire</source>
        <translation>  %1: spørreskjemaet finnes ikke; oppgi filen med --questionnaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="93"/>
        <source>  %1 %2: questions for %3 of %n requirement(s)</source>
        <translation>
            <numerusform>  %1 %2: spørsmål for %3 av %n krav</numerusform>
            <numerusform>  %1 %2: spørsmål for %3 av %n krav</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="108"/>
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n område</numerusform>
            <numerusform>%n områder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="109"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n spørsmål</numerusform>
            <numerusform>%n spørsmål</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/validate.cpp" line="112"/>
        <source>%1: valid questionnaire %2 %3, %4, %5</source>
        <translation>%1: gyldig spørreskjema %2 %3, %4, %5</translation>
    </message>
    <message>
        <location filename="../src/app/commands/validate.cpp" line="115"/>
        <source>%1: valid questionnaire %2 %3, %4, %5, %6</source>
        <translation>%1: gyldig spørreskjema %2 %3, %4, %5, %6</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="117"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/validate.cpp" line="130"/>
        <source>--validate needs at least one file</source>
        <translation>--validate trenger minst én fil</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="26"/>
        <source>cannot open the file: %1</source>
        <translation>kan ikke åpne filen: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="27"/>
        <source>the file is %1 bytes; the limit is %2 bytes</source>
        <translation>filen er på %1 byte; grensen er %2 byte</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="28"/>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="29"/>
        <source>not valid JSON: %1</source>
        <translation>ugyldig JSON: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="30"/>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>JSON-strukturen er nøstet i mer enn %1 nivåer</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="31"/>
        <source>the file is in UTF-16; save it as UTF-8</source>
        <translation>filen er i UTF-16; lagre den som UTF-8</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="32"/>
        <source>groups as small as %1 are published, fewer than %2 organisations: a group&apos;s figures may identify an organisation</source>
        <translation>grupper med så få som %1 publiseres, færre enn %2 organisasjoner: en gruppes tall kan peke ut en organisasjon</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="35"/>
        <source>the file contains a NUL byte (a zero byte), which JSON text cannot contain</source>
        <translation>filen inneholder en NUL-byte (en nullbyte), som JSON-tekst ikke kan inneholde</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="37"/>
        <source>the number %1 is too large</source>
        <translation>tallet %1 er for stort</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="38"/>
        <source>duplicate key %1 in the same object</source>
        <translation>nøkkelen %1 forekommer flere ganger i samme objekt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="39"/>
        <source>a key is longer than %1 bytes</source>
        <translation>en nøkkel er lengre enn %1 byte</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="40"/>
        <source>more problems not listed: %1</source>
        <translation>flere problemer som ikke vises: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="42"/>
        <source>required key %1 is missing</source>
        <translation>den obligatoriske nøkkelen %1 mangler</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="43"/>
        <source>expected %1, found %2</source>
        <translation>forventet %1, fant %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="44"/>
        <source>unknown key %1 is ignored</source>
        <translation>den ukjente nøkkelen %1 ignoreres</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="45"/>
        <source>this is not a %1 file (format is %2)</source>
        <translation>dette er ikke en %1-fil (formatet er %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="46"/>
        <source>format version %1 is newer than this program understands (%2); please update the program</source>
        <translation>formatversjon %1 er nyere enn det dette programmet forstår (%2); oppdater programmet</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="49"/>
        <source>format version %1 is not supported; this program reads version %2</source>
        <translation>formatversjon %1 støttes ikke; dette programmet leser versjon %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="50"/>
        <source>invalid id %1: use a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit, at most 64 characters</source>
        <translation>ugyldig id %1: bruk a-z, 0-9, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos;, start med en bokstav eller et siffer, og bruk høyst 64 tegn</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="52"/>
        <source>invalid date %1; expected YYYY-MM-DD</source>
        <translation>ugyldig dato %1; forventet ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="53"/>
        <source>must not be empty</source>
        <translation>verdien kan ikke være tom</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="54"/>
        <source>invalid language code %1</source>
        <translation>ugyldig språkkode %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="55"/>
        <source>language %1 is listed twice</source>
        <translation>språket %1 er oppført to ganger</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="56"/>
        <source>missing text for language %1</source>
        <translation>tekst mangler for språket %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="57"/>
        <source>text for language %1, which the questionnaire does not list, is ignored</source>
        <translation>tekst for språket %1, som ikke er oppført i spørreskjemaets språkliste, ignoreres</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="59"/>
        <source>link must use https: %1</source>
        <translation>lenken må bruke https: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="60"/>
        <source>a link&apos;s host must be a plain name such as www.msb.se, without a user name and only of the letters a–z, digits, &apos;-&apos; and &apos;.&apos;: %1</source>
        <translation>en lenkes vert må være et vanlig navn som www.msb.se, uten brukernavn og bare med bokstavene a–z, sifre, &apos;-&apos; og &apos;.&apos;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="63"/>
        <source>duplicate %1 id %2 (first used at %3)</source>
        <translation>det finnes allerede %1 med id %2 (første gang ved %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="64"/>
        <source>%1 must be between %2 and %3, found %4</source>
        <translation>%1 må være mellom %2 og %3, fant %4</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="65"/>
        <source>%1 must be greater than 0, found %2</source>
        <translation>%1 må være større enn 0, fant %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="67"/>
        <source>unknown level %1; must be 1, 2, 3 or 4</source>
        <translation>ukjent nivå %1; må være 1, 2, 3 eller 4</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="68"/>
        <source>level %1 is not defined; exactly the levels 1, 2, 3 and 4 are required</source>
        <translation>nivå %1 er ikke definert; nøyaktig nivåene 1, 2, 3 og 4 kreves</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="70"/>
        <source>%1 must not be empty</source>
        <translation>%1 kan ikke være tom</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="71"/>
        <source>the answer scale needs at least two options</source>
        <translation>svarskalaen må ha minst to alternativer</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="73"/>
        <source>the answer scale needs an option with value 1 that is not excluded</source>
        <translation>svarskalaen må ha et alternativ med verdien 1 som ikke er unntatt (excluded)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="74"/>
        <source>unknown scoring rule %1; this program knows %2</source>
        <translation>ukjent beregningsregel %1; dette programmet kjenner %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="75"/>
        <source>%1 applies only to the scoring rule %2</source>
        <translation>%1 gjelder bare poengregelen %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="77"/>
        <source>question %1 does not allow the answer %2; it counts as unanswered</source>
        <translation>spørsmål %1 tillater ikke svaret %2; det regnes som ubesvart</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="78"/>
        <source>unknown requirement id %1</source>
        <translation>ukjent krav-id %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="79"/>
        <source>%1 needs format_version %2 or newer</source>
        <translation>%1 krever format_version %2 eller nyere</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="80"/>
        <source>unknown link id %1; the questionnaire&apos;s &quot;links&quot; table has no such entry</source>
        <translation>ukjent lenke-id %1; skjemaets lenketabell &quot;links&quot; har ingen slik oppføring</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="82"/>
        <source>link %1 is not used by any work area or question</source>
        <translation>lenken %1 brukes ikke av noe arbeidsområde eller spørsmål</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="84"/>
        <source>migration target %1 is not a question of this version</source>
        <translation>migreringsmålet %1 er ikke et spørsmål i denne versjonen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="85"/>
        <source>migration target %1 is not an area of this version</source>
        <translation>migreringsmålet %1 er ikke et område i denne versjonen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="87"/>
        <source>migration target %1 is not an answer id of this version</source>
        <translation>migreringsmålet %1 er ikke en svar-id i denne versjonen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="88"/>
        <source>more than one migration from version %1</source>
        <translation>mer enn én migrering fra versjon %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="90"/>
        <source>added question %1 is not a question of this version</source>
        <translation>det tilføyde spørsmålet %1 finnes ikke i denne versjonen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="91"/>
        <source>question %1 is listed as added more than once</source>
        <translation>spørsmålet %1 står mer enn én gang blant de tilføyde</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="93"/>
        <source>question %1 is listed as added but an older question is renamed to it</source>
        <translation>spørsmålet %1 står blant de tilføyde, men et eldre spørsmål får dette navnet</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="95"/>
        <source>changed question %1 is not a question of this version</source>
        <translation>det endrede spørsmålet %1 finnes ikke i denne versjonen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="97"/>
        <source>question %1 is listed as changed more than once</source>
        <translation>spørsmålet %1 står mer enn én gang blant de endrede</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="99"/>
        <source>question %1 is listed both as added and as changed</source>
        <translation>spørsmålet %1 står både blant de tilføyde og blant de endrede</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="101"/>
        <source>unknown organisation type %1</source>
        <translation>ukjent organisasjonstype %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="102"/>
        <source>unknown size band %1 for organisation type %2</source>
        <translation>ukjent størrelsesklasse %1 for organisasjonstypen %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="103"/>
        <source>question %1 is not in questionnaire %2 version %3; its answer is not used</source>
        <translation>spørsmålet %1 finnes ikke i spørreskjemaet %2 versjon %3; svaret brukes ikke</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="105"/>
        <source>answer %1 is not on the questionnaire&apos;s answer scale</source>
        <translation>svaret %1 finnes ikke på spørreskjemaets svarskala</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="106"/>
        <source>area %1 is not in questionnaire %2 version %3; its target is not used</source>
        <translation>området %1 finnes ikke i spørreskjemaet %2 versjon %3; målet brukes ikke</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="108"/>
        <source>target level must be 0 to 4, found %1</source>
        <translation>målnivået må være 0 til 4, fant %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="110"/>
        <source>the assessment is for questionnaire %1, not %2</source>
        <translation>vurderingen gjelder spørreskjemaet %1, ikke %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="112"/>
        <source>the assessment is for version %1 of the questionnaire, not %2</source>
        <translation>vurderingen gjelder versjon %1 av spørreskjemaet, ikke %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="113"/>
        <source>the assessment cannot be carried over to version %1 of its questionnaire</source>
        <translation>vurderingen kan ikke overføres til versjon %1 av spørreskjemaet sitt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="115"/>
        <source>a trend needs at least two assessments; %1 given</source>
        <translation>en trend trenger minst to vurderinger; %1 ble oppgitt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="116"/>
        <source>the assessment was made with version %1 of questionnaire %2, and version %3 has no migration from it</source>
        <translation>vurderingen ble gjort med versjon %1 av spørreskjemaet %2, og versjon %3 har ingen migrering fra den</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="119"/>
        <source>the group has %1 organisations, fewer than the minimum of %2; such a group must not be published</source>
        <translation>gruppen har %1 virksomheter, færre enn minimum %2; en slik gruppe skal ikke publiseres</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="122"/>
        <source>invalid submission id %1: expected 32 hexadecimal digits (0-9, a-f)</source>
        <translation>ugyldig innsendings-ID %1: 32 heksadesimale sifre (0-9, a-f) var ventet</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="125"/>
        <source>submission %1 was read before; this copy is not used</source>
        <translation>innsendingen %1 er allerede lest; denne kopien brukes ikke</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="128"/>
        <source>the same answers as a submission read before; counted once, so this one is not used</source>
        <translation>samme svar som en innsending som allerede er lest; telles én gang, så denne brukes ikke</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="131"/>
        <source>quartiles are published only for groups of at least %2 organisations; this group has %1</source>
        <translation>kvartiler publiseres bare for grupper med minst %2 organisasjoner; denne gruppen har %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="134"/>
        <source>an entity kind is given, but the organisation is not marked as covered by the Cybersecurity Act</source>
        <translation>en virksomhetstype er oppgitt, men organisasjonen er ikke merket som omfattet av cybersäkerhetslagen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="137"/>
        <source>question %1 is not in questionnaire %2 version %3; it does not count as evidence</source>
        <translation>spørsmålet %1 finnes ikke i spørreskjemaet %2 versjon %3; det teller ikke som grunnlag</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="140"/>
        <source>the level counts add up to %1, but the group has %2 organisations</source>
        <translation>antallene per nivå blir til sammen %1, men gruppen har %2 virksomheter</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="142"/>
        <source>could not save: %1</source>
        <translation>kunne ikke lagre: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="155"/>
        <source>answer</source>
        <comment>kind of id in: duplicate %1 id</comment>
        <translation>et svar</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="156"/>
        <source>level</source>
        <comment>kind of id in: duplicate %1 id</comment>
        <translation>et nivå</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="157"/>
        <source>requirement</source>
        <comment>kind of id in: duplicate %1 id</comment>
        <translation>et krav</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="158"/>
        <source>area</source>
        <comment>kind of id in: duplicate %1 id</comment>
        <translation>et område</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="159"/>
        <source>question</source>
        <comment>kind of id in: duplicate %1 id</comment>
        <translation>et spørsmål</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="161"/>
        <source>a string</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>en tekststreng</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="162"/>
        <source>a number</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>et tall</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="163"/>
        <source>a finite number</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>et endelig tall</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="164"/>
        <source>infinity</source>
        <comment>JSON value in: expected %1, found %2</comment>
        <translation>en uendelig verdi</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="165"/>
        <source>an integer</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>et heltall</translation>
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
        <translation>en liste (array)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="169"/>
        <source>an object</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>et objekt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="170"/>
        <source>an object of texts per language</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>et objekt med tekster per språk</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="171"/>
        <source>a question id or null</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>en spørsmåls-id eller null</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="172"/>
        <source>an id</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>en id</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="173"/>
        <source>an unsupported value</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>en verdi som ikke støttes</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="175"/>
        <source>the question list of an area</source>
        <comment>in: %1 must not be empty</comment>
        <translation>spørsmålslisten for et område</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="176"/>
        <source>0 (exclusive)</source>
        <comment>in: %1 must be between %2 and %3</comment>
        <translation>0 (ikke inkludert)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="177"/>
        <source>it is a folder</source>
        <comment>reason in: cannot open the file: %1</comment>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="178"/>
        <source>permission denied or not readable</source>
        <comment>reason in: cannot open the file: %1</comment>
        <translation>ingen tilgang eller ikke lesbar</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="179"/>
        <source>read error</source>
        <comment>reason in: cannot open the file: %1</comment>
        <translation>lesefeil</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="244"/>
        <source>warning: </source>
        <translation>advarsel: </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/diagnostictext.cpp" line="264"/>
        <source>… and %n more</source>
        <comment>problems not listed</comment>
        <translation>
            <numerusform>… og %n til</numerusform>
            <numerusform>… og %n til</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="272"/>
        <source>No migration needed (version %1).</source>
        <translation>Ingen overføring trengs (versjon %1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/diagnostictext.cpp" line="274"/>
        <source>Moved from version %1 to version %2: %n answer(s) carried over.</source>
        <translation>
            <numerusform>Flyttet fra versjon %1 til versjon %2: %n svar ble overført.</numerusform>
            <numerusform>Flyttet fra versjon %1 til versjon %2: %n svar ble overført.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/diagnostictext.cpp" line="278"/>
        <source>%n planned action(s) carried over.</source>
        <translation>
            <numerusform>%n planlagt tiltak ble overført.</numerusform>
            <numerusform>%n planlagte tiltak ble overført.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="280"/>
        <source>Question %1 is now %2.</source>
        <translation>Spørsmål %1 heter nå %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="282"/>
        <source>Work area %1 is now %2.</source>
        <translation>Arbeidsområde %1 heter nå %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/diagnostictext.cpp" line="287"/>
        <source>%n new question(s), not yet answered: %1.</source>
        <translation>
            <numerusform>%n nytt spørsmål, ennå ikke besvart: %1.</numerusform>
            <numerusform>%n nye spørsmål, ennå ikke besvart: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/diagnostictext.cpp" line="294"/>
        <source>%n question(s) now ask something different; the answer was carried over, check it: %1.</source>
        <translation>
            <numerusform>%n spørsmål spør nå om noe annet; svaret ble overført, kontroller det: %1.</numerusform>
            <numerusform>%n spørsmål spør nå om noe annet; svarene ble overført, kontroller dem: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="304"/>
        <source>the answer to question %1</source>
        <translation>svaret på spørsmål %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="305"/>
        <source>the answer chosen for question %1</source>
        <translation>svaralternativet som er valgt for spørsmål %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="306"/>
        <source>the target for work area %1</source>
        <translation>målet for arbeidsområde %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="307"/>
        <source>the planned action for question %1</source>
        <translation>det planlagte tiltaket for spørsmål %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="311"/>
        <source>the question was removed in version %1</source>
        <translation>spørsmålet ble fjernet i versjon %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="312"/>
        <source>version %1 does not have it</source>
        <translation>versjon %1 har det ikke</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="313"/>
        <source>it was merged into %1, which already has one</source>
        <translation>det ble slått sammen med %1, som allerede har et</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="314"/>
        <source>answer “%1” is not on the answer scale of version %2</source>
        <translation>svaret «%1» finnes ikke på svarskalaen i versjon %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="316"/>
        <source>Not carried over: %1, because %2.</source>
        <translation>Ble ikke overført: %1, fordi %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="326"/>
        <source>There is not enough space in the folder “%1”: the disk is full, or the file is larger than that place allows.</source>
        <translation>Det er ikke nok plass i mappen «%1»: disken er full, eller filen er større enn det som er tillatt der.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="330"/>
        <source>The file is read-only.</source>
        <translation>Filen er skrivebeskyttet.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="332"/>
        <source>You do not have permission to save in the folder “%1”.</source>
        <translation>Du har ikke tillatelse til å lagre i mappen «%1».</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="334"/>
        <source>The folder “%1” is on a read-only disk.</source>
        <translation>Mappen «%1» ligger på en skrivebeskyttet disk.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="336"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Mappen «%1» finnes ikke.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="338"/>
        <source>There is a folder with that name.</source>
        <translation>Det finnes allerede en mappe med det navnet.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="340"/>
        <source>That name is not a regular file but a device, pipe or socket.</source>
        <translation>Navnet hører ikke til en vanlig fil, men til en enhet, et rør eller en socket.</translation>
    </message>
</context>
<context>
    <name>PresentationText</name>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="14"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="15"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="16"/>
        <source>State agency</source>
        <translation>Statlig etat</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="17"/>
        <source>Other organisation</source>
        <translation>Annen organisasjon</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="20"/>
        <location filename="../src/gui/text/presentationtext.cpp" line="44"/>
        <source>Not specified</source>
        <translation>Ikke angitt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="31"/>
        <source>Fewer than 15 000 inhabitants</source>
        <translation>Færre enn 15 000 innbyggere</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="32"/>
        <source>15 000–49 999 inhabitants</source>
        <translation>15 000–49 999 innbyggere</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="33"/>
        <source>50 000–99 999 inhabitants</source>
        <translation>50 000–99 999 innbyggere</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="34"/>
        <source>100 000 inhabitants or more</source>
        <translation>100 000 innbyggere eller flere</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="35"/>
        <source>Fewer than 300 000 inhabitants</source>
        <translation>Færre enn 300 000 innbyggere</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="36"/>
        <source>300 000–999 999 inhabitants</source>
        <translation>300 000–999 999 innbyggere</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="37"/>
        <source>1 million inhabitants or more</source>
        <translation>1 million innbyggere eller flere</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="38"/>
        <source>Fewer than 50 employees</source>
        <translation>Færre enn 50 ansatte</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="39"/>
        <source>50–249 employees</source>
        <translation>50–249 ansatte</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="40"/>
        <source>250–999 employees</source>
        <translation>250–999 ansatte</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="41"/>
        <source>1 000 employees or more</source>
        <translation>1 000 ansatte eller flere</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="56"/>
        <source>All organisations</source>
        <translation>Alle virksomheter</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="82"/>
        <source>Not covered by the Cybersecurity Act (NIS2)</source>
        <translation>Omfattes ikke av cybersäkerhetslagen (NIS2)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="86"/>
        <source>Covered by the Cybersecurity Act (NIS2) – essential entity</source>
        <translation>Omfattes av cybersäkerhetslagen (NIS2) – vesentlig virksomhet</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="87"/>
        <source>Covered by the Cybersecurity Act (NIS2) – important entity</source>
        <translation>Omfattes av cybersäkerhetslagen (NIS2) – viktig virksomhet</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="90"/>
        <source>Covered by the Cybersecurity Act (NIS2)</source>
        <translation>Omfattes av cybersäkerhetslagen (NIS2)</translation>
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
        <translation>ved medianen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="106"/>
        <source>above median</source>
        <translation>over medianen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/presentationtext.cpp" line="115"/>
        <source>Round %1, %n submission(s)</source>
        <translation>
            <numerusform>Runde %1, %n innsending</numerusform>
            <numerusform>Runde %1, %n innsendinger</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="122"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="123"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="124"/>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="125"/>
        <source>Dropped</source>
        <translation>Droppet</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/presentationtext.cpp" line="135"/>
        <source> … [shortened: %n characters in all]</source>
        <translation>
            <numerusform> … [forkortet: %n tegn totalt]</numerusform>
            <numerusform> … [forkortet: %n tegn totalt]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <location filename="../src/gui/report/reportpages.cpp" line="218"/>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportpages.cpp" line="220"/>
        <source>Generated %1</source>
        <translation>Laget %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="52"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="64"/>
        <source>Unnamed organisation</source>
        <translation>Organisasjon uten navn</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="54"/>
        <source>Management report – %1</source>
        <translation>Lederrapport – %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="65"/>
        <source>There is nothing to print on.</source>
        <translation>Det er ikke noe å skrive ut på.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="78"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="472"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="476"/>
        <source>Score (0–4)</source>
        <translation>Poeng (0–4)</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="73"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="75"/>
        <source>Not answered</source>
        <translation>Ikke besvart</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="92"/>
        <source>by %1</source>
        <translation>innen %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="103"/>
        <source>Reached</source>
        <translation>Nådd</translation>
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
        <translation>Hvis alle tiltak som ikke er droppet blir gjennomført, blir det samlede nivået værende på %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportbuilder.cpp" line="175"/>
        <source>The weakest work area(s) without a target hold it there: %1.</source>
        <translation>
            <numerusform>Det svakeste arbeidsområdet mangler mål og holder det der: %1.</numerusform>
            <numerusform>De svakeste arbeidsområdene mangler mål og holder det der: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="180"/>
        <source>If every action that is not dropped is carried out, the overall level goes from %1 to %2.</source>
        <translation>Hvis alle tiltak som ikke er droppet blir gjennomført, går det samlede nivået fra %1 til %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="188"/>
        <source>Management report</source>
        <translation>Lederrapport</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="191"/>
        <source>Self-assessment of systematic information security work</source>
        <translation>Egenvurdering av det systematiske informasjonssikkerhetsarbeidet</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="211"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="212"/>
        <source>Date of the assessment</source>
        <translation>Dato for vurderingen</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="221"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="221"/>
        <source>None listed</source>
        <translation>Ingen oppgitt</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="225"/>
        <source>Version %1, %2 · identifier “%3”</source>
        <translation>Versjon %1, %2 · identifikator «%3»</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="227"/>
        <source>Questionnaire</source>
        <translation>Spørreskjema</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="228"/>
        <source>Report generated</source>
        <translation>Rapporten laget</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="229"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="254"/>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="229"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="444"/>
        <source>Results per work area</source>
        <translation>Resultat per arbeidsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="231"/>
        <location filename="../src/gui/report/reportsections.cpp" line="97"/>
        <source>Action plan</source>
        <translation>Tiltaksplan</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="232"/>
        <location filename="../src/gui/report/reportsections.cpp" line="287"/>
        <source>Feedback per work area</source>
        <translation>Tilbakemelding per arbeidsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="232"/>
        <location filename="../src/gui/report/reportsections.cpp" line="363"/>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="234"/>
        <location filename="../src/gui/report/reportsections.cpp" line="468"/>
        <source>Appendix: all questions</source>
        <translation>Vedlegg: alle spørsmål</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="235"/>
        <source>Contents</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="237"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="241"/>
        <source>This report includes comments and notes from the assessment. They may contain sensitive information: share the report accordingly.</source>
        <translation>Rapporten inneholder kommentarer og notater fra vurderingen. De kan inneholde sensitiv informasjon: ta hensyn til det når rapporten deles.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="243"/>
        <source>Comments and notes from the assessment are not included in this report.</source>
        <translation>Kommentarer og notater fra vurderingen er ikke med i rapporten.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="246"/>
        <source>About the questionnaire</source>
        <translation>Om spørreskjemaet</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="259"/>
        <source>No level could be assessed: too few of the questions are applicable. Every Not applicable answer needs checking.</source>
        <translation>Ingen nivå kunne vurderes: for få av spørsmålene er relevante. Hvert svar Ikke relevant må gjennomgås.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="264"/>
        <source>Level 1 is not yet in place in every work area. Level 1 means: %1</source>
        <translation>Nivå 1 er ennå ikke på plass i alle arbeidsområder. Nivå 1 innebærer: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="267"/>
        <source>The basic elements that level 1 describes are not yet in place. Level 1 means: %1</source>
        <translation>De grunnleggende elementene som nivå 1 beskriver, er ennå ikke på plass. Nivå 1 innebærer: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="271"/>
        <source>Score %1 of 4</source>
        <translation>Poeng %1 av 4</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="272"/>
        <source>%1 answered (%2 of %3 questions)</source>
        <translation>%1 besvart (%2 av %3 spørsmål)</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="276"/>
        <source>%1 not applicable</source>
        <translation>%1 ikke relevante</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="280"/>
        <source>Overall level</source>
        <translation>Samlet nivå</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="307"/>
        <source>Work areas by level</source>
        <translation>Arbeidsområder per nivå</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="354"/>
        <source>this organisation&apos;s score %1 is below it.</source>
        <translation>organisasjonens poeng %1 ligger under den.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="355"/>
        <source>this organisation&apos;s score %1 is at it.</source>
        <translation>organisasjonens poeng %1 ligger ved den.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="356"/>
        <source>this organisation&apos;s score %1 is above it.</source>
        <translation>organisasjonens poeng %1 ligger over den.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="357"/>
        <source>this organisation&apos;s score %1 is in quartile %2 (Q1 lowest, Q4 highest).</source>
        <translation>organisasjonens poeng %1 ligger i kvartil %2 (K1 lavest, K4 høyest).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportbuilder.cpp" line="359"/>
        <source>In the benchmark group “%1” (%n organisation(s)) the median overall score is %2;</source>
        <translation>
            <numerusform>I sammenligningsgruppen «%1» (%n organisasjon) er medianen for samlet poeng %2;</numerusform>
            <numerusform>I sammenligningsgruppen «%1» (%n organisasjoner) er medianen for samlet poeng %2;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="368"/>
        <source>A group of fewer than %1 organisations has no quartiles: they would be single organisations&apos; scores.</source>
        <translation>En gruppe med færre enn %1 organisasjoner har ingen kvartiler: de ville vært enkeltorganisasjoners poeng.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="416"/>
        <source>First the measures that hold back the weakest work areas, on which the overall level rests; then the first open actions of the action plan.</source>
        <translation>Først tiltakene som holder tilbake de svakeste arbeidsområdene, som det samlede nivået hviler på; deretter de første åpne tiltakene i tiltaksplanen.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="419"/>
        <source>The measures that hold back the weakest work areas, on which the overall level rests.</source>
        <translation>Tiltakene som holder tilbake de svakeste arbeidsområdene, som det samlede nivået hviler på.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportbuilder.cpp" line="457"/>
        <source>Compared with the benchmark group “%1” (%n organisation(s)): the group&apos;s median score and where this organisation&apos;s score stands in the group, by quarter (Q1 lowest, Q4 highest) or, in a group too small for quartiles, against the median.</source>
        <translation>
            <numerusform>Sammenlignet med sammenligningsgruppen «%1» (%n organisasjon): gruppens medianpoeng og hvor organisasjonens poeng ligger i gruppen, per kvartil (K1 lavest, K4 høyest) eller, i en gruppe for liten for kvartiler, mot medianen.</numerusform>
            <numerusform>Sammenlignet med sammenligningsgruppen «%1» (%n organisasjoner): gruppens medianpoeng og hvor organisasjonens poeng ligger i gruppen, per kvartil (K1 lavest, K4 høyest) eller, i en gruppe for liten for kvartiler, mot medianen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="473"/>
        <source>Position</source>
        <translation>Plassering</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="516"/>
        <source>Answered: questions with an answer that counts (“Don&apos;t know” does not). Not applicable: answers left out of the scoring. Gap: levels from the level reached to the target. Not assessed: too little of the area is applicable for any level to be assessed.</source>
        <translation>Besvart: spørsmål med et svar som teller («Vet ikke» teller ikke). Ikke relevant: svar som holdes utenfor poengsettingen. Gap: nivåer fra oppnådd nivå til målet. Ikke vurdert: for lite av området er relevant til at noe nivå kan vurderes.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="343"/>
        <source>Questions unanswered or answered “Don&apos;t know”: %1. They count as measures not in place, so the result may rise when they are answered.</source>
        <translation>Ubesvarte spørsmål eller spørsmål besvart med «Vet ikke»: %1. De regnes som tiltak som ikke er på plass, så resultatet kan stige når de besvares.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="392"/>
        <source>Targets are set for %1 of %2 work areas; %3 of them are reached.</source>
        <translation>Det er satt mål for %1 av %2 arbeidsområder; %3 av dem er nådd.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="403"/>
        <source>Highest-priority gaps</source>
        <translation>Viktigste manglene</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="408"/>
        <source>There are no gaps: every work area has reached the highest level.</source>
        <translation>Det er ingen mangler: alle arbeidsområder har nådd det høyeste nivået.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="409"/>
        <source>No measure that is not in place stands in the way: the levels above are not assessed, because too few of their questions are applicable. Review the Not applicable answers.</source>
        <translation>Ingen manglende tiltak står i veien: nivåene over vurderes ikke, fordi for få av spørsmålene deres er relevante. Gå gjennom svarene Ikke relevant.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="421"/>
        <source>The first open actions of the action plan, which lists the measures up to each work area&apos;s target, lowest level first.</source>
        <translation>De første åpne tiltakene i tiltaksplanen, som viser tiltakene opp til hvert arbeidsområdes mål, laveste nivå først.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="423"/>
        <source>No action plan applies, so these are the measures that stand between each work area and its next level, lowest level first.</source>
        <translation>Ingen tiltaksplan gjelder, så dette er tiltakene som står mellom hvert arbeidsområde og dets neste nivå, laveste nivå først.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="425"/>
        <location filename="../src/gui/report/reportsections.cpp" line="117"/>
        <location filename="../src/gui/report/reportsections.cpp" line="472"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="425"/>
        <source>Measure not in place</source>
        <translation>Tiltak som ikke er på plass</translation>
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
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="433"/>
        <location filename="../src/gui/report/reportsections.cpp" line="125"/>
        <source>current answer: %1</source>
        <translation>nåværende svar: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="446"/>
        <source>The chart shows each work area&apos;s score from 0 to 4: the level reached plus the share of the next level that is in place. Squares mark the target levels.</source>
        <translation>Diagrammet viser hvert arbeidsområdes poeng fra 0 til 4: nådd nivå pluss andelen av neste nivå som er på plass. Kvadratene markerer målnivåene.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="449"/>
        <source>The chart shows each work area&apos;s score from 0 to 4: the level reached plus the share of the next level that is in place.</source>
        <translation>Diagrammet viser hvert arbeidsområdes poeng fra 0 til 4: nådd nivå pluss andelen av neste nivå som er på plass.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="455"/>
        <source>Level, score, completeness and target per work area</source>
        <translation>Nivå, poeng, svarsgrad og mål per arbeidsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="472"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="476"/>
        <location filename="../src/gui/report/reportsections.cpp" line="31"/>
        <source>Work area</source>
        <translation>Arbeidsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="472"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="476"/>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="476"/>
        <source>Not applicable</source>
        <translation>Ikke relevante</translation>
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
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="334"/>
        <source>Strongest work area: %1 (%2, score %3). Weakest: %4 (%5).</source>
        <translation>Sterkeste arbeidsområde: %1 (%2, poeng %3). Svakeste: %4 (%5).</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="374"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="469"/>
        <source>Fictitious example data, not real results.</source>
        <translation>Fiktive eksempeldata, ikke virkelige resultater.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="463"/>
        <source>Benchmark: %1, generated %2.</source>
        <translation>Sammenligningsdata: %1, laget %2.</translation>
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
        <translation>Utvikling over tid</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="21"/>
        <source>Level and score per work area in %n assessment(s) of the organisation, oldest first. Overall: %1 (score %2) on %3, %4 (score %5) on %6.</source>
        <translation>
            <numerusform>Nivå og poeng per arbeidsområde i %n vurdering av organisasjonen, eldste først. Samlet: %1 (poeng %2) den %3, %4 (poeng %5) den %6.</numerusform>
            <numerusform>Nivå og poeng per arbeidsområde i %n vurderinger av organisasjonen, eldste først. Samlet: %1 (poeng %2) den %3, %4 (poeng %5) den %6.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="38"/>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="48"/>
        <source>score %1</source>
        <translation>poeng %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="63"/>
        <source>Only the %1 most recent assessments are shown; the first is from %2.</source>
        <translation>Bare de %1 nyeste vurderingene vises; den første er fra %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="66"/>
        <source>Change: the difference in score between the first and the last assessment shown.</source>
        <translation>Endring: forskjellen i poeng mellom den første og den siste vurderingen som vises.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="69"/>
        <source>The assessment of %1 was made with version %2 of the questionnaire and was carried over to version %3; %n item(s) could not be carried over.</source>
        <translation>
            <numerusform>Vurderingen fra %1 ble gjort med versjon %2 av spørreskjemaet og er overført til versjon %3; %n opplysning kunne ikke overføres.</numerusform>
            <numerusform>Vurderingen fra %1 ble gjort med versjon %2 av spørreskjemaet og er overført til versjon %3; %n opplysninger kunne ikke overføres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="82"/>
        <source>The assessments name different organisations: %1.</source>
        <translation>Vurderingene oppgir ulike organisasjoner: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="91"/>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="100"/>
        <source>Every work area has reached its target. There is nothing left to plan.</source>
        <translation>Alle arbeidsområder har nådd målene sine. Det er ikke noe igjen å planlegge.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="101"/>
        <source>No targets are set, so there is no action plan. Set a target level per work area; the plan then lists every measure up to it.</source>
        <translation>Ingen mål er satt, så det finnes ingen tiltaksplan. Angi et målnivå per arbeidsområde; planen viser da alle tiltak opp til det.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="112"/>
        <source>The plan lists every measure that is not fully in place, up to each work area&apos;s target level: %1 actions, %2 of them not yet done.</source>
        <translation>Planen viser alle tiltak som ikke er helt på plass, opp til hvert arbeidsområdes målnivå: %1 tiltak, hvorav %2 ikke er ferdige.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="117"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="117"/>
        <source>Due date</source>
        <translation>Frist</translation>
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
        <translation>Merknad: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="158"/>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="175"/>
        <source>Not applicable is not allowed for this question; it counts as unanswered.</source>
        <translation>Ikke relevant er ikke tillatt for dette spørsmålet; svaret regnes som ubesvart.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="177"/>
        <source>No reason given.</source>
        <translation>Ingen begrunnelse oppgitt.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="186"/>
        <source>Not applicable answers and their reasons</source>
        <translation>Svar Ikke relevant og begrunnelsene for dem</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="188"/>
        <source>%n question(s) answered Not applicable. They are left out of the scoring, so the result rests on these reasons; they are shown even when comments are left out of the report.</source>
        <translation>
            <numerusform>%n spørsmål besvart Ikke relevant. Det holdes utenfor poengsettingen, så resultatet hviler på begrunnelsen; den vises også når kommentarer ikke tas med i rapporten.</numerusform>
            <numerusform>%n spørsmål besvart Ikke relevant. De holdes utenfor poengsettingen, så resultatet hviler på begrunnelsene; de vises også når kommentarer ikke tas med i rapporten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="192"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
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
            <numerusform>%n oppfylt</numerusform>
            <numerusform>%n oppfylt</numerusform>
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
            <numerusform>%n ikke oppfylt</numerusform>
            <numerusform>%n ikke oppfylt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="214"/>
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n ikke relevant</numerusform>
            <numerusform>%n ikke relevante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="215"/>
        <source>%n not answered</source>
        <translation>
            <numerusform>%n ikke besvart</numerusform>
            <numerusform>%n ikke besvart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="217"/>
        <source>%n not covered by the questionnaire</source>
        <translation>
            <numerusform>%n dekkes ikke av spørreskjemaet</numerusform>
            <numerusform>%n dekkes ikke av spørreskjemaet</numerusform>
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
        <translation>Statusen kommer fra svarene på spørsmålene som viser hvert krav: oppfylt når alle er på plass. «Dekkes ikke» betyr at ingen spørsmål i dette spørreskjemaet viser kravet, så vurderingen sier ingenting om det; det regnes aldri som oppfylt.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="226"/>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="226"/>
        <source>Reference</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="226"/>
        <source>In place</source>
        <translation>På plass</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="262"/>
        <source>Not yet met</source>
        <translation>Ennå ikke oppfylt</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="264"/>
        <source>Every requirement that the questionnaire covers is met.</source>
        <translation>Alle krav som spørreskjemaet dekker, er oppfylt.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="276"/>
        <source>Not covered by this assessment</source>
        <translation>Dekkes ikke av denne vurderingen</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="278"/>
        <source>No question of the questionnaire evidences these requirements. Assess them separately before concluding that the organisation meets the set.</source>
        <translation>Ingen spørsmål i spørreskjemaet viser disse kravene. Vurder dem for seg før dere konkluderer med at organisasjonen oppfyller samlingen.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="289"/>
        <source>For each work area: the level reached and what the next level requires, that is the measures up to that level that are not fully in place, with advice and links to guidance.</source>
        <translation>For hvert arbeidsområde: nådd nivå og hva neste nivå krever, det vil si tiltakene opp til det nivået som ikke er helt på plass, med råd og lenker til veiledning.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="303"/>
        <source>Target: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="310"/>
        <source>The area has reached the highest level. Keep the work going and repeat the assessment to see that it stays there.</source>
        <translation>Området har nådd det høyeste nivået. Hold arbeidet i gang og gjenta vurderingen for å se at nivået holder seg.</translation>
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
        <translation>Veiledning:</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="335"/>
        <source>To reach %1:</source>
        <translation>For å nå %1:</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="337"/>
        <source>Answer the remaining questions of this level.</source>
        <translation>Besvar de gjenstående spørsmålene på dette nivået.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="352"/>
        <source>Other comments:</source>
        <translation>Andre kommentarer:</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="356"/>
        <source>Guidance for the work area:</source>
        <translation>Veiledning for arbeidsområdet:</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="366"/>
        <source>The assessment was scored with the rule “%1” of the questionnaire “%2”, version %3.</source>
        <translation>Vurderingen er poengsatt med regelen «%1» i spørreskjemaet «%2», versjon %3.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="371"/>
        <location filename="../src/gui/report/reportsections.cpp" line="406"/>
        <source>Each answer has a value between 0 and 1 (see the answer scale below). An unanswered question counts as 0: the measure is not in place.</source>
        <translation>Hvert svar har en verdi mellom 0 og 1 (se svarskalaen nedenfor). Et ubesvart spørsmål teller som 0: tiltaket er ikke på plass.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="373"/>
        <source>Not applicable leaves a question out of the calculation. It needs a reason, and the basic questions of level 1 do not offer it: a public body cannot declare them not applicable.</source>
        <translation>Ikke relevant tar et spørsmål ut av beregningen. Svaret krever en begrunnelse, og grunnspørsmålene på nivå 1 tilbyr det ikke: en offentlig virksomhet kan ikke erklære dem som ikke relevante.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="375"/>
        <source>For each level of a work area, the share met is the sum of weight × value divided by the sum of weights, over the level&apos;s questions that are applicable.</source>
        <translation>For hvert nivå i et arbeidsområde er oppfylt andel summen av vekt × verdi delt på summen av vektene, over nivåets relevante spørsmål.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="377"/>
        <source>A level is assessed only when at least %1 % of its questions&apos; weight is applicable. A level that is not assessed is not met, so Not applicable answers can never lift a work area to a level.</source>
        <translation>Et nivå vurderes bare når minst %1 % av vekten for spørsmålene er relevant. Et nivå som ikke vurderes, er ikke oppfylt, så svar Ikke relevant kan aldri løfte et arbeidsområde til et nivå.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="380"/>
        <source>A level is met when its share reaches the level&apos;s threshold. The levels are cumulative: a work area has reached the highest level for which every level up to it is met. A level without questions in the area is skipped.</source>
        <translation>Et nivå er oppfylt når andelen når nivåets terskel. Nivåene bygger på hverandre: et arbeidsområde har nådd det høyeste nivået der alle nivåer opp til det er oppfylt. Et nivå uten spørsmål i området hoppes over.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="383"/>
        <source>The overall level is that of the weakest work area: security is no stronger than its weakest link. The mean score of the work areas and the share met of all questions are shown for information only.</source>
        <translation>Det samlede nivået er det svakeste arbeidsområdets: sikkerheten er ikke sterkere enn det svakeste leddet. Arbeidsområdenes gjennomsnittspoeng og oppfylt andel av alle spørsmål vises bare som informasjon.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="386"/>
        <source>The score (0–4) is the level reached plus the share met of the next level, cut to two decimals and never rounded up, so it never suggests a level that is not reached.</source>
        <translation>Poengene (0–4) er oppnådd nivå pluss oppfylt andel av neste nivå, avkortet til to desimaler og aldri rundet opp, så de aldri antyder et nivå som ikke er nådd.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="408"/>
        <source>Answers that are excluded (Not applicable) leave the calculation: the question counts in neither the numerator nor the denominator.</source>
        <translation>Svar som holdes utenfor (Ikke relevant) går ut av beregningen: spørsmålet teller verken i telleren eller i nevneren.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="410"/>
        <source>For each level, the share met is the sum of weight × value divided by the sum of weights, over the level&apos;s questions that are not excluded.</source>
        <translation>For hvert nivå er den oppfylte andelen summen av vekt × verdi delt på summen av vektene, over nivåets spørsmål som ikke er holdt utenfor.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="412"/>
        <source>A level is met when its share reaches the level&apos;s threshold. A level without such questions cannot be assessed and does not block the levels above it.</source>
        <translation>Et nivå er oppfylt når andelen når nivåets terskel. Et nivå uten slike spørsmål kan ikke vurderes og hindrer ikke nivåene over.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="414"/>
        <source>The levels are cumulative: the level reached is the highest level for which every assessable level up to it is met.</source>
        <translation>Nivåene bygger på hverandre: nådd nivå er det høyeste nivået der alle vurderbare nivåer til og med det er oppfylt.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="416"/>
        <source>The score (0–4) is the level reached plus the share met of the next assessable level, so it never suggests a level that is not reached.</source>
        <translation>Poengene (0–4) er nådd nivå pluss den oppfylte andelen av neste vurderbare nivå, så de antyder aldri et nivå som ikke er nådd.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="388"/>
        <location filename="../src/gui/report/reportsections.cpp" line="418"/>
        <source>Completeness is the share of questions answered; “Don&apos;t know” does not count as answered, Not applicable does.</source>
        <translation>Svarsgraden er andelen besvarte spørsmål; «Vet ikke» teller ikke som besvart, Ikke relevant gjør det.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="394"/>
        <source>Level %1 is met only when, besides its threshold, every applicable question of the level is at least “%2”: a single question below it keeps the work area below the level.</source>
        <translation>Nivå %1 er oppfylt først når, i tillegg til terskelen, hvert relevant spørsmål på nivået er minst «%2»: ett enkelt spørsmål under det holder arbeidsområdet under nivået.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="420"/>
        <source>The rule is applied to each work area and to the questionnaire as a whole (the overall level).</source>
        <translation>Regelen brukes på hvert arbeidsområde og på spørreskjemaet som helhet (det samlede nivået).</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="428"/>
        <source>Levels and thresholds</source>
        <translation>Nivåer og terskler</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="429"/>
        <source>Meaning</source>
        <translation>Betydning</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="429"/>
        <source>Threshold</source>
        <translation>Terskel</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="439"/>
        <source>and every question at least “%1”</source>
        <translation>og hvert spørsmål minst «%1»</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="445"/>
        <source>Answer scale</source>
        <translation>Svarskala</translation>
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
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="447"/>
        <source>Counts as answered</source>
        <translation>Teller som besvart</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="447"/>
        <source>In the scoring</source>
        <translation>I poengberegningen</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="453"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="453"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="454"/>
        <source>Left out (not applicable)</source>
        <translation>Holdes utenfor (ikke relevant)</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="454"/>
        <source>Counted</source>
        <translation>Teller</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="460"/>
        <source>The result is a self-assessment by the organisation. It shows how systematic the information security work is according to the organisation&apos;s own answers; it is not an audit.</source>
        <translation>Resultatet er organisasjonens egenvurdering. Det viser hvor systematisk informasjonssikkerhetsarbeidet er ifølge organisasjonens egne svar; det er ingen revisjon.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="192"/>
        <location filename="../src/gui/report/reportsections.cpp" line="472"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="472"/>
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="475"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="483"/>
        <source>Follow-up</source>
        <translation>Følges opp</translation>
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
        <translation>Rapporten kunne ikke tegnes på utenheten.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="148"/>
        <source>A new page could not be started.</source>
        <translation>En ny side kunne ikke startes.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="163"/>
        <source>The report could not be completed.</source>
        <translation>Rapporten kunne ikke fullføres.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="199"/>
        <source>“%1” could not be written: %2</source>
        <translation>«%1» kunne ikke skrives: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reporthtml.cpp" line="51"/>
        <source> … [shortened: %n characters in all; the whole text is in the assessment file]</source>
        <translation>
            <numerusform> … [forkortet: %n tegn totalt; hele teksten finnes i vurderingsfilen]</numerusform>
            <numerusform> … [forkortet: %n tegn totalt; hele teksten finnes i vurderingsfilen]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="18"/>
        <source>✓ Met</source>
        <translation>✓ Oppfylt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="19"/>
        <source>◐ Partly</source>
        <translation>◐ Delvis</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="20"/>
        <source>✗ Not met</source>
        <translation>✗ Ikke oppfylt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="21"/>
        <source>– Not applicable</source>
        <translation>– Ikke relevant</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="22"/>
        <source>? Not answered</source>
        <translation>? Ikke besvart</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="23"/>
        <source>○ Not covered</source>
        <translation>○ Dekkes ikke</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="31"/>
        <source>Level 1 not yet reached</source>
        <translation>Nivå 1 er ennå ikke nådd</translation>
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
        <translation>%1 av %2 besvart</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="54"/>
        <source>%1%2 % in %3</source>
        <translation>%1%2 % i %3</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="55"/>
        <source>about </source>
        <translation>omtrent </translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="58"/>
        <source>National comparison: in MSB&apos;s follow-up of Infosäkkollen, %1 of the public organisations that took part reached at least level 1. This assessment: %2.</source>
        <translation>Nasjonal sammenligning: i MSBs oppfølging med Infosäkkollen nådde %1 av de deltakende offentlige virksomhetene minst nivå 1. Denne vurderingen: %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="60"/>
        <source> and </source>
        <translation> og </translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="65"/>
        <source>Source: %1. The figures describe all participants together; MSB published no breakdown by group or work area.</source>
        <translation>Kilde: %1. Tallene gjelder alle deltakerne samlet; MSB har ikke publisert noen fordeling per gruppe eller arbeidsområde.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="72"/>
        <location filename="../src/gui/text/statustext.cpp" line="77"/>
        <source>Not assessed</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="102"/>
        <source>The overall level is computed from all questions together (rule %1 of this questionnaire version), so it can be higher than that of the weakest work area.</source>
        <translation>Det samlede nivået beregnes av alle spørsmålene sammen (regelen %1 i denne versjonen av spørreskjemaet), så det kan være høyere enn det svakeste arbeidsområdets.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/statustext.cpp" line="105"/>
        <source>The overall level is that of the weakest work area(s): %1.</source>
        <translation>
            <numerusform>Det samlede nivået er det svakeste arbeidsområdets: %1.</numerusform>
            <numerusform>Det samlede nivået er de svakeste arbeidsområdenes: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="114"/>
        <source>For information, not the level: mean score of the work areas %1 · %2 % of all applicable questions met</source>
        <translation>Som informasjon, ikke nivået: arbeidsområdenes gjennomsnittspoeng %1 · %2 % av alle relevante spørsmål oppfylt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/statustext.cpp" line="124"/>
        <source>Not assessed, as nothing there is applicable: %1.</source>
        <translation>
            <numerusform>Ikke vurdert, fordi ingenting der er relevant: %1.</numerusform>
            <numerusform>Ikke vurdert, fordi ingenting der er relevant: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/statustext.cpp" line="133"/>
        <source>%n Not applicable without a reason</source>
        <translation>
            <numerusform>%n ikke relevant uten begrunnelse</numerusform>
            <numerusform>%n ikke relevante uten begrunnelse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/statustext.cpp" line="135"/>
        <source>%n Not applicable where it is not allowed (counted as unanswered)</source>
        <translation>
            <numerusform>%n ikke relevant der det ikke er tillatt (regnes som ubesvart)</numerusform>
            <numerusform>%n ikke relevante der det ikke er tillatt (regnes som ubesvarte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="154"/>
        <source>Level %1 is not assessed: %2 % of its questions&apos; weight is applicable, and at least %3 % must be. Not applicable answers cannot reach a level.</source>
        <translation>Nivå %1 vurderes ikke: %2 % av vekten for spørsmålene er relevant, og minst %3 % må være det. Svar Ikke relevant kan ikke nå et nivå.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/statustext.cpp" line="181"/>
        <source>Level %1 needs every one of its questions at least “%2”; %n is not yet.</source>
        <translation>
            <numerusform>Nivå %1 krever at hvert spørsmål på nivået er minst «%2»; %n spørsmål er det ikke ennå.</numerusform>
            <numerusform>Nivå %1 krever at hvert spørsmål på nivået er minst «%2»; %n spørsmål er det ikke ennå.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="208"/>
        <source>Version %1 scores under a stricter rule: Not applicable answers can no longer lift a level, and the overall level is that of the weakest work area instead of all questions pooled.</source>
        <translation>Versjon %1 poengsetter med en strengere regel: svar Ikke relevant kan ikke lenger løfte et nivå, og det samlede nivået er det svakeste arbeidsområdets i stedet for alle spørsmålene samlet.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="213"/>
        <source>Version %1 scores under another rule (%2 instead of %3).</source>
        <translation>Versjon %1 poengsetter med en annen regel (%2 i stedet for %3).</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="217"/>
        <source>The same answers give overall %1 under the old rule and %2 under the new one.</source>
        <translation>De samme svarene gir samlet %1 med den gamle regelen og %2 med den nye.</translation>
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
            <numerusform>%n spørsmål i versjon %1 fantes ikke da vurderingen ble gjort; det regnes som ubesvart.</numerusform>
            <numerusform>%n spørsmål i versjon %1 fantes ikke da vurderingen ble gjort; de regnes som ubesvart.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="244"/>
        <source>Scored here under the rule %1 of version %2; it was made under %3, so its levels can differ from those reported then.</source>
        <translation>Poengsatt her med regelen %1 i versjon %2; den ble gjort med %3, så nivåene kan avvike fra dem som ble rapportert da.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../src/gui/document/undocommands.cpp" line="42"/>
        <source>Edit assessment details</source>
        <translation>endring av opplysninger om vurderingen</translation>
    </message>
    <message>
        <location filename="../src/gui/document/undocommands.cpp" line="60"/>
        <source>Set target</source>
        <translation>endring av mål</translation>
    </message>
    <message>
        <location filename="../src/gui/document/undocommands.cpp" line="79"/>
        <source>Edit action</source>
        <translation>endring av tiltak</translation>
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
        <translation>Tiltaksplan</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="53"/>
        <source>Plan &amp;towards:</source>
        <translation>Planlegg &amp;mot:</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="56"/>
        <source>Plan towards</source>
        <translation>Planlegg mot</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="57"/>
        <source>The target levels of the work areas</source>
        <translation>Arbeidsområdenes målnivåer</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="75"/>
        <source>Actions</source>
        <translation>Tiltak</translation>
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
        <translation>Arbeidsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="173"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="174"/>
        <source>Current answer</source>
        <translation>Nåværende svar</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="175"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="176"/>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="178"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="179"/>
        <source>Guidance</source>
        <translation>Veiledning</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="180"/>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="137"/>
        <source>Type in a cell or press F2 to edit owner, due date (YYYY-MM-DD), status and note; Enter on a guidance cell opens the link.</source>
        <translation>Skriv i en celle eller trykk F2 for å endre ansvarlig, frist (ÅÅÅÅ-MM-DD), status og merknad; Enter på en veiledningscelle åpner lenken.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="143"/>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Eksporter til CSV…</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="207"/>
        <source>Every requirement that the questionnaire covers is met or not applicable. There is nothing left to plan.</source>
        <translation>Alle krav som spørreskjemaet dekker, er oppfylt eller ikke relevante. Det er ingenting igjen å planlegge.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/actionplanpage.cpp" line="210"/>
        <source>If every action that is not dropped is carried out, %1 of the %n requirement(s) that the questionnaire covers are met (today %2).</source>
        <translation>
            <numerusform>Hvis alle tiltak som ikke er strøket, gjennomføres, er %1 av det %n kravet som spørreskjemaet dekker, oppfylt (i dag %2).</numerusform>
            <numerusform>Hvis alle tiltak som ikke er strøket, gjennomføres, er %1 av de %n kravene som spørreskjemaet dekker, oppfylt (i dag %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/actionplanpage.cpp" line="217"/>
        <source>%n requirement(s) of the set are not covered by the questionnaire and need an assessment of their own; see the Requirements tab.</source>
        <translation>
            <numerusform>%n krav i settet dekkes ikke av spørreskjemaet og må vurderes for seg; se fanen Krav.</numerusform>
            <numerusform>%n krav i settet dekkes ikke av spørreskjemaet og må vurderes for seg; se fanen Krav.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="222"/>
        <source>No targets are set. Set a target level per work area in the overview; the plan then lists every question that stands between the area and its target.</source>
        <translation>Ingen mål er satt. Angi et målnivå per arbeidsområde i oversikten; planen viser da hvert spørsmål som står mellom området og målet.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="224"/>
        <source>Every work area has reached its target. There is nothing left to plan.</source>
        <translation>Alle arbeidsområder har nådd målene sine. Det er ikke noe igjen å planlegge.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/actionplanpage.cpp" line="199"/>
        <source>%n action(s), %1 not yet done.</source>
        <translation>
            <numerusform>%n tiltak, %1 ikke ferdig ennå.</numerusform>
            <numerusform>%n tiltak, %1 ikke ferdige ennå.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="59"/>
        <source>The requirements of %1</source>
        <translation>Kravene i %1</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="228"/>
        <source>If every action that is not dropped is carried out, the overall result goes from %1 to %2.</source>
        <translation>Hvis alle tiltak som ikke er droppet blir gjennomført, går det samlede resultatet fra %1 til %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="152"/>
        <source>Not answered</source>
        <translation>Ikke besvart</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="260"/>
        <source>-action-plan</source>
        <translation>-tiltaksplan</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="262"/>
        <source>Export Action Plan</source>
        <translation>Eksporter tiltaksplan</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="263"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="269"/>
        <source>Export Failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="270"/>
        <source>The action plan could not be written to “%1”.</source>
        <translation>Tiltaksplanen kunne ikke skrives til «%1».</translation>
    </message>
</context>
<context>
    <name>kollen::gui::AreaPage</name>
    <message>
        <location filename="../src/gui/pages/areapage.cpp" line="48"/>
        <source>Guidance:</source>
        <translation>Veiledning:</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/areapage.cpp" line="59"/>
        <source>Area status</source>
        <translation>Status for arbeidsområdet</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/areapage.cpp" line="70"/>
        <source>What the next level requires</source>
        <translation>Hva neste nivå krever</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/areapage.cpp" line="168"/>
        <source>The area has reached the highest level. Keep the work going and repeat the assessment to see that it stays there.</source>
        <translation>Området har nådd det høyeste nivået. Hold arbeidet i gang og gjenta vurderingen for å se at nivået holder seg.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/areapage.cpp" line="193"/>
        <source>To reach %1:</source>
        <translation>For å nå %1:</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/areapage.cpp" line="195"/>
        <source>Answer the remaining questions of this level.</source>
        <translation>Besvar de gjenstående spørsmålene på dette nivået.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/areapage.cpp" line="199"/>
        <source>… and %n more below.</source>
        <translation>
            <numerusform>… og %n til nedenfor.</numerusform>
            <numerusform>… og %n til nedenfor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kollen::gui::AssessmentDetailsWidget</name>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="53"/>
        <source>Required, e.g. Exampleton Municipality</source>
        <translation>Obligatorisk, f.eks. Eksempelby kommune</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="54"/>
        <source>Organisation name</source>
        <translation>Organisasjonens navn</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="55"/>
        <source>Required. The name of the organisation that is assessed.</source>
        <translation>Obligatorisk. Navnet på organisasjonen som vurderes.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="60"/>
        <source>Organisation type</source>
        <translation>Organisasjonstype</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="67"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="68"/>
        <source>Number of inhabitants or employees; choose the type first.</source>
        <translation>Antall innbyggere eller ansatte; velg type først.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="73"/>
        <source>Covered by the Cybersecurity Act</source>
        <translation>Omfattes av cybersäkerhetslagen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="74"/>
        <source>Cybersäkerhetslagen (SFS 2025:1506), Sweden&apos;s NIS2 law, has applied since 15 January 2026 to every municipality and region and to many state agencies.</source>
        <translation>Cybersäkerhetslagen (SFS 2025:1506), Sveriges NIS2-lov, har siden 15. januar 2026 gjeldt alle kommuner og regioner og mange statlige myndigheter.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="76"/>
        <source>Not known</source>
        <translation>Vet ikke</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="77"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="78"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="81"/>
        <source>Kind of entity under the Cybersecurity Act</source>
        <translation>Type virksomhet etter cybersäkerhetslagen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="83"/>
        <source>Essential entity (väsentlig verksamhetsutövare)</source>
        <translation>Vesentlig virksomhet (väsentlig verksamhetsutövare)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="84"/>
        <source>Important entity (viktig verksamhetsutövare)</source>
        <translation>Viktig virksomhet (viktig verksamhetsutövare)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="89"/>
        <source>Date of the assessment</source>
        <translation>Dato for vurderingen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="95"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="97"/>
        <source>One row per participant. F2 edits a cell, Delete removes the row, Tab leaves the table.</source>
        <translation>Én rad per deltaker. F2 redigerer en celle, Delete fjerner raden, Tab forlater tabellen.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="98"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="98"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="110"/>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="112"/>
        <source>Add participant</source>
        <translation>Legg til deltaker</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="114"/>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="116"/>
        <source>Remove participant</source>
        <translation>Fjern deltaker</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="122"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="123"/>
        <source>About the assessment as a whole, e.g. when and how it was carried out</source>
        <translation>Om vurderingen som helhet, f.eks. når og hvordan den ble gjennomført</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="145"/>
        <source>Organisation &amp;name:</source>
        <translation>Organisasjons&amp;navn:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="146"/>
        <source>Organisation &amp;type:</source>
        <translation>Organisasjons&amp;type:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="147"/>
        <source>&amp;Size:</source>
        <translation>&amp;Størrelse:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="148"/>
        <source>C&amp;ybersecurity Act applies:</source>
        <translation>&amp;Cybersäkerhetslagen gjelder:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="149"/>
        <source>&amp;Entity:</source>
        <translation>&amp;Virksomhetstype:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="150"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="151"/>
        <source>&amp;Participants:</source>
        <translation>D&amp;eltakere:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="152"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otater:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="82"/>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="259"/>
        <source>Not specified</source>
        <translation>Ikke angitt</translation>
    </message>
</context>
<context>
    <name>kollen::gui::ComparisonPage</name>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="46"/>
        <source>Change since the previous assessment</source>
        <translation>Endring siden forrige vurdering</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="54"/>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="60"/>
        <source>Work area</source>
        <translation>Arbeidsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="54"/>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="60"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="54"/>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="60"/>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="54"/>
        <source>Change in score</source>
        <translation>Endring i poeng</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="56"/>
        <source>Change per work area</source>
        <translation>Endring per arbeidsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="59"/>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="62"/>
        <source>Changed answers</source>
        <translation>Endrede svar</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="60"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="60"/>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="81"/>
        <source>No previous assessment is open. Use File ▸ Compare with Previous Assessment.</source>
        <translation>Ingen tidligere vurdering er åpen. Bruk Fil ▸ Sammenlign med tidligere vurdering.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="89"/>
        <source>Compared with %1 (%2): overall %3 then, %4 now.</source>
        <translation>Sammenlignet med %1 (%2): samlet %3 da, %4 nå.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="91"/>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/comparisonpage.cpp" line="96"/>
        <source>The previous assessment was made with an older version of the questionnaire and was carried over; %n item(s) could not be carried over.</source>
        <translation>
            <numerusform>Den tidligere vurderingen ble gjort med en eldre versjon av spørreskjemaet og er overført; %n opplysning kunne ikke overføres.</numerusform>
            <numerusform>Den tidligere vurderingen ble gjort med en eldre versjon av spørreskjemaet og er overført; %n opplysninger kunne ikke overføres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="117"/>
        <source>Not answered</source>
        <translation>Ikke besvart</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="135"/>
        <source>= same value</source>
        <translation>= samme verdi</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="136"/>
        <source>▲ better</source>
        <translation>▲ bedre</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="136"/>
        <source>▼ worse</source>
        <translation>▼ dårligere</translation>
    </message>
</context>
<context>
    <name>kollen::gui::ComparisonWorkflow</name>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="40"/>
        <source>Assessments (*.isk);;All files (*)</source>
        <translation>Vurderinger (*.isk);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="55"/>
        <source>Compare with Previous Assessment</source>
        <translation>Sammenlign med tidligere vurdering</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="71"/>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="79"/>
        <source>Cannot Compare</source>
        <translation>Kan ikke sammenligne</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="71"/>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="111"/>
        <source>“%1” could not be opened.</source>
        <translation>«%1» kunne ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="80"/>
        <source>“%1” cannot be compared with this assessment.</source>
        <translation>«%1» kan ikke sammenlignes med denne vurderingen.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="93"/>
        <source>Show Trend over Earlier Assessments</source>
        <translation>Vis trend over tidligere vurderinger</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="111"/>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="121"/>
        <source>Cannot Show Trend</source>
        <translation>Kan ikke vise trend</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="122"/>
        <source>“%1” cannot be part of this trend.</source>
        <translation>«%1» kan ikke være med i denne trenden.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="134"/>
        <source>Load Benchmark</source>
        <translation>Last inn sammenligningsdata</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="136"/>
        <source>Benchmarks (*.json);;All files (*)</source>
        <translation>Sammenligningsdata (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="151"/>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="156"/>
        <source>Cannot Load Benchmark</source>
        <translation>Kan ikke laste inn sammenligningsdata</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="151"/>
        <source>“%1” could not be loaded.</source>
        <translation>«%1» kunne ikke lastes inn.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="157"/>
        <source>“%1” is a benchmark for questionnaire “%2”, not for “%3”.</source>
        <translation>«%1» inneholder sammenligningsdata for spørreskjemaet «%2», ikke for «%3».</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="165"/>
        <source>Benchmark Loaded with Warnings</source>
        <translation>Sammenligningsdata lastet med advarsler</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="166"/>
        <source>“%1” was loaded. Keep its warnings in mind before you share its figures:</source>
        <translation>«%1» ble lastet. Ha advarslene i tankene før du deler tallene:</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="184"/>
        <source>submission</source>
        <translation>innsending</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="187"/>
        <source>Export Anonymised Submission</source>
        <translation>Eksporter anonymisert innsending</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="188"/>
        <source>Submissions (*.json)</source>
        <translation>Innsendinger (*.json)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="196"/>
        <source>Export Failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="197"/>
        <source>“%1” could not be written.</source>
        <translation>«%1» kunne ikke skrives.</translation>
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
        <translation>Opplysninger om vurderingen</translation>
    </message>
</context>
<context>
    <name>kollen::gui::Document</name>
    <message>
        <location filename="../src/gui/document/document.cpp" line="104"/>
        <source>Untitled</source>
        <translation>Uten navn</translation>
    </message>
    <message>
        <location filename="../src/gui/document/document.cpp" line="169"/>
        <source>Edit comment</source>
        <translation>endring av kommentar</translation>
    </message>
    <message>
        <location filename="../src/gui/document/document.cpp" line="170"/>
        <source>Edit evidence</source>
        <translation>endring av dokumentasjon</translation>
    </message>
    <message>
        <location filename="../src/gui/document/document.cpp" line="171"/>
        <source>Edit differing views</source>
        <translation>endring av ulike syn</translation>
    </message>
    <message>
        <location filename="../src/gui/document/document.cpp" line="173"/>
        <source>Change follow-up flag</source>
        <translation>endring av oppfølgingsmarkering</translation>
    </message>
    <message>
        <location filename="../src/gui/document/document.cpp" line="174"/>
        <source>Mark as not agreed</source>
        <translation>markering som ikke enige</translation>
    </message>
    <message>
        <location filename="../src/gui/document/document.cpp" line="175"/>
        <source>Answer question</source>
        <translation>svar på spørsmål</translation>
    </message>
</context>
<context>
    <name>kollen::gui::FileWorkflow</name>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="39"/>
        <source>Infosäkkollen assessments (*.isk)</source>
        <translation>Infosäkkollen-vurderinger (*.isk)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="39"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="66"/>
        <source>Open Assessment</source>
        <translation>Åpne vurdering</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="82"/>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="103"/>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="204"/>
        <source>Cannot Open Assessment</source>
        <translation>Kan ikke åpne vurderingen</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="82"/>
        <source>“%1” could not be opened.</source>
        <translation>«%1» kunne ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="83"/>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="106"/>
        <source>Nothing was changed. The problems found:</source>
        <translation>Ingenting ble endret. Problemer som ble funnet:</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="104"/>
        <source>“%1” cannot be carried over to the available version of its questionnaire.</source>
        <translation>«%1» kan ikke overføres til versjonen av spørreskjemaet som er tilgjengelig.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="143"/>
        <source>Assessment Updated to a New Questionnaire Version</source>
        <translation>Vurderingen er oppdatert til en ny versjon av spørreskjemaet</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/shell/fileworkflow.cpp" line="144"/>
        <source>“%1” was made with version %2 of the questionnaire and has been moved to version %3. %n answer(s) could not be carried over.</source>
        <translation>
            <numerusform>«%1» ble laget med versjon %2 av spørreskjemaet og er flyttet til versjon %3. %n svar kunne ikke overføres.</numerusform>
            <numerusform>«%1» ble laget med versjon %2 av spørreskjemaet og er flyttet til versjon %3. %n svar kunne ikke overføres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="121"/>
        <source>Save it under a new name to keep the original file unchanged.</source>
        <translation>Lagre den under et nytt navn hvis du vil beholde originalfilen uendret.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/shell/fileworkflow.cpp" line="123"/>
        <source>The new version has %n question(s) that the old one did not have; they are not yet answered.</source>
        <translation>
            <numerusform>Den nye versjonen har %n spørsmål som den gamle ikke hadde; det er ennå ikke besvart.</numerusform>
            <numerusform>Den nye versjonen har %n spørsmål som den gamle ikke hadde; de er ennå ikke besvart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/shell/fileworkflow.cpp" line="128"/>
        <source>%n answer(s) were carried over to questions that now ask something different; check them (they are named in the details).</source>
        <translation>
            <numerusform>%n svar ble overført til et spørsmål som nå spør om noe annet; kontroller det (spørsmålet står i detaljene).</numerusform>
            <numerusform>%n svar ble overført til spørsmål som nå spør om noe annet; kontroller dem (spørsmålene står i detaljene).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="139"/>
        <source>Level per work area, old rule → new rule:</source>
        <translation>Nivå per arbeidsområde, gammel regel → ny regel:</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/shell/fileworkflow.cpp" line="156"/>
        <source>Opened with %n warning(s); see the details when saving.</source>
        <translation>
            <numerusform>Åpnet med %n advarsel; se detaljene når du lagrer.</numerusform>
            <numerusform>Åpnet med %n advarsler; se detaljene når du lagrer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="159"/>
        <source>Opened %1</source>
        <translation>Åpnet %1</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="169"/>
        <source>Questionnaire Not Available</source>
        <translation>Spørreskjemaet er ikke tilgjengelig</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="170"/>
        <source>“%1” was made with questionnaire “%2”, version %3, which is not available in this program.</source>
        <translation>«%1» ble laget med spørreskjemaet «%2», versjon %3, som ikke er tilgjengelig i dette programmet.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="175"/>
        <source>Version %1 of that questionnaire is available, but it cannot take over answers from version %2.</source>
        <translation>Versjon %1 av det spørreskjemaet er tilgjengelig, men den kan ikke overta svar fra versjon %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="179"/>
        <source>If you have the questionnaire file (.json), for example from whoever made the assessment, locate it to open the assessment. Nothing was changed.</source>
        <translation>Hvis du har filen til spørreskjemaet (.json), for eksempel fra den som laget vurderingen, kan du finne den for å åpne vurderingen. Ingenting er endret.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="183"/>
        <source>&amp;Locate Questionnaire…</source>
        <translation>&amp;Finn spørreskjema…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="190"/>
        <source>Locate Questionnaire “%1”, Version %2</source>
        <translation>Finn spørreskjemaet «%1», versjon %2</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="192"/>
        <source>Questionnaires (*.json);;All files (*)</source>
        <translation>Spørreskjemaer (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="197"/>
        <source>Cannot Load Questionnaire</source>
        <translation>Kan ikke laste inn spørreskjemaet</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="198"/>
        <source>“%1” is not a questionnaire this program can use.</source>
        <translation>«%1» er ikke et spørreskjema dette programmet kan bruke.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="199"/>
        <source>The assessment was not opened. The problems found:</source>
        <translation>Vurderingen ble ikke åpnet. Problemer som ble funnet:</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="204"/>
        <source>The assessment was not opened.</source>
        <translation>Vurderingen ble ikke åpnet.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="208"/>
        <source>“%1” is questionnaire “%2”, version %3, not “%4”.</source>
        <translation>«%1» er spørreskjemaet «%2», versjon %3, ikke «%4».</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="218"/>
        <source>“%1” is version %2 of the questionnaire, which cannot take over answers from version %3.</source>
        <translation>«%1» er versjon %2 av spørreskjemaet, som ikke kan overta svar fra versjon %3.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="226"/>
        <source>Save Failed</source>
        <translation>Lagring mislyktes</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="227"/>
        <source>The assessment could not be saved to “%1”.</source>
        <translation>Vurderingen kunne ikke lagres til «%1».</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="230"/>
        <source>Nothing was changed on disk, and your work is still open. Choose Save As to save it somewhere else.</source>
        <translation>Ingenting ble endret på disken, og arbeidet ditt er fortsatt åpent. Velg Lagre som for å lagre det et annet sted.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="234"/>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="265"/>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="253"/>
        <source>File Changed on Disk</source>
        <translation>Filen er endret på disken</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="254"/>
        <source>The file “%1” was changed on disk by another program since you opened it.</source>
        <translation>Filen «%1» er endret på disken av et annet program siden du åpnet den.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="258"/>
        <source>Changed: %1. Overwrite it with your version, or save your version under another name?</source>
        <translation>Endret: %1. Vil du overskrive den med din versjon, eller lagre din versjon under et annet navn?</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="261"/>
        <source>If you overwrite it, the version on disk is kept as “%1”.</source>
        <translation>Hvis du overskriver den, blir versjonen på disken tatt vare på som «%1».</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="264"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overskriv</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="282"/>
        <source>File Saved Again</source>
        <translation>Filen er lagret på nytt</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="283"/>
        <source>“%1” was no longer on disk: another program moved or deleted it. Your assessment has been saved there again.</source>
        <translation>«%1» fantes ikke lenger på disken: et annet program har flyttet eller slettet den. Vurderingen din er lagret der igjen.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="286"/>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="322"/>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="303"/>
        <source>assessment</source>
        <translation>vurdering</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="307"/>
        <source>Save Assessment As</source>
        <translation>Lagre vurdering som</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="331"/>
        <source>Unsaved Changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="332"/>
        <source>“%1” has unsaved changes. Do you want to save them?</source>
        <translation>«%1» har ulagrede endringer. Vil du lagre dem?</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="357"/>
        <source>The file is damaged.</source>
        <translation>Filen er skadet.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="359"/>
        <source>It belongs to questionnaire “%1”, version %2, which is not available.</source>
        <translation>Det hører til spørreskjemaet «%1», versjon %2, som ikke er tilgjengelig.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="363"/>
        <source>Its answers cannot be carried over to the available version of the questionnaire.</source>
        <translation>Svarene kan ikke overføres til den versjonen av spørreskjemaet som er tilgjengelig.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="367"/>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="379"/>
        <source>Recover Unsaved Work</source>
        <translation>Gjenopprett ulagret arbeid</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="368"/>
        <source>Work kept from an earlier session cannot be restored. %1</source>
        <translation>Arbeid som ble tatt vare på fra en tidligere økt, kan ikke gjenopprettes. %1</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="370"/>
        <source>Nothing was deleted. The recovery file could not be moved and is still at %1.</source>
        <translation>Ingenting er slettet. Gjenopprettingsfilen kunne ikke flyttes og ligger fortsatt som %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="372"/>
        <source>Nothing was deleted. The recovery file was moved to %1, so it is not offered again.</source>
        <translation>Ingenting er slettet. Gjenopprettingsfilen er flyttet til %1, så den ikke tilbys igjen.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="377"/>
        <source>a new, never saved assessment</source>
        <translation>en ny vurdering som aldri er lagret</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="380"/>
        <source>Infosäkkollen was not closed properly. Unsaved changes to %1 from %2 were kept.</source>
        <translation>Infosäkkollen ble ikke avsluttet riktig. Ulagrede endringer i %1 fra %2 er tatt vare på.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="383"/>
        <source>Restore them? The restored work opens as unsaved changes; your file is not touched until you save.</source>
        <translation>Vil du gjenopprette dem? Det gjenopprettede arbeidet åpnes som ulagrede endringer; filen din blir ikke endret før du lagrer.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="386"/>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="387"/>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="388"/>
        <source>Decide &amp;Later</source>
        <translation>Bestem &amp;senere</translation>
    </message>
</context>
<context>
    <name>kollen::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="338"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="339"/>
        <source>Open &amp;Recent</source>
        <translation>Nylige &amp;filer</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="340"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="341"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
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
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="345"/>
        <source>&amp;New Assessment…</source>
        <translation>&amp;Ny vurdering…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="346"/>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="347"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="348"/>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="349"/>
        <source>Assessment &amp;Details…</source>
        <translation>&amp;Opplysninger om vurderingen…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="350"/>
        <source>Compare with &amp;Previous Assessment…</source>
        <translation>Sammen&amp;lign med tidligere vurdering…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="351"/>
        <source>&amp;Management Report (PDF, Print)…</source>
        <translation>&amp;Lederrapport (PDF, utskrift)…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="352"/>
        <source>Load &amp;Benchmark…</source>
        <translation>Last inn sammenlignings&amp;data…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="353"/>
        <source>Remove Benc&amp;hmark</source>
        <translation>Fjern sammenligningsd&amp;ata</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="354"/>
        <source>&amp;Load Requirement Set…</source>
        <translation>Last inn kravsamlin&amp;g…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="355"/>
        <source>Export Anonymised S&amp;ubmission…</source>
        <translation>Eksporter anonymisert &amp;innsending…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="356"/>
        <source>S&amp;top Comparing</source>
        <translation>Slutt å sammenlig&amp;ne</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="357"/>
        <source>Show T&amp;rend over Earlier Assessments…</source>
        <translation>Vis t&amp;rend over tidligere vurderinger…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="358"/>
        <source>Hide Tre&amp;nd</source>
        <translation>Skjul tre&amp;nd</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="359"/>
        <source>&amp;Close Assessment</source>
        <translation>Lu&amp;kk vurdering</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="360"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="361"/>
        <location filename="../src/gui/shell/mainwindow.cpp" line="702"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="362"/>
        <location filename="../src/gui/shell/mainwindow.cpp" line="703"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="363"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;inn</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="364"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ut</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="365"/>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normal størrelse</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="366"/>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Workshopmodus</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="367"/>
        <source>&amp;Next Question</source>
        <translation>&amp;Neste spørsmål</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="368"/>
        <source>&amp;Previous Question</source>
        <translation>&amp;Forrige spørsmål</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="369"/>
        <source>Next &amp;Work Area</source>
        <translation>Neste &amp;arbeidsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="370"/>
        <source>Previous W&amp;ork Area</source>
        <translation>Forrige a&amp;rbeidsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="371"/>
        <source>O&amp;verview</source>
        <translation>&amp;Oversikt</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="372"/>
        <source>&amp;Help for This Question</source>
        <translation>&amp;Hjelp for dette spørsmålet</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="373"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastatursnarveier</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="374"/>
        <source>&amp;About Infosäkkollen</source>
        <translation>&amp;Om Infosäkkollen</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="375"/>
        <source>Svenska (Swedish)</source>
        <translation>Svenska (svensk)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="375"/>
        <source>English</source>
        <translation>English (engelsk)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="375"/>
        <source>Norsk bokmål (Norwegian)</source>
        <translation>Norsk bokmål</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="552"/>
        <location filename="../src/gui/shell/mainwindow.cpp" line="850"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
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
        <translation>Tiltaksplan</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/shell/mainwindow.cpp" line="567"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n tiltak</numerusform>
            <numerusform>%n tiltak</numerusform>
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
        <translation>%1 av %2 oppfylt</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="584"/>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="584"/>
        <source>score %1</source>
        <translation>poeng %1</translation>
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
            <numerusform>%n vurdering</numerusform>
            <numerusform>%n vurderinger</numerusform>
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
        <translation>Last inn kravsamling</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="618"/>
        <source>Requirement sets (*.json);;All files (*)</source>
        <translation>Kravsamlinger (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="630"/>
        <location filename="../src/gui/shell/mainwindow.cpp" line="638"/>
        <source>Cannot Load Requirement Set</source>
        <translation>Kravsamlingen kan ikke lastes inn</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="631"/>
        <source>“%1” is not a requirement set this program can use, so it was not loaded.</source>
        <translation>«%1» er ikke en kravsamling programmet kan bruke, så den ble ikke lastet inn.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="632"/>
        <source>Nothing was changed. The problems found:</source>
        <translation>Ingenting ble endret. Problemene som ble funnet:</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="639"/>
        <source>“%1” has the id “%2”, which a bundled requirement set has, so it was not loaded.</source>
        <translation>«%1» har ID «%2», som en av programmets egne kravsamlinger har, så den ble ikke lastet inn.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="641"/>
        <source>Give the set an id of its own in its file (the member “id”).</source>
        <translation>Gi kravsamlingen en egen ID i filen (feltet «id»).</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="673"/>
        <source>Requirement Set Loaded</source>
        <translation>Kravsamlingen ble lastet inn</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="674"/>
        <source>“%1” was loaded, but it maps no question of the questionnaire “%2” to its requirements, so it is not shown for this assessment.</source>
        <translation>«%1» ble lastet inn, men den knytter ingen spørsmål i spørreskjemaet «%2» til kravene sine, så den vises ikke for denne vurderingen.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="677"/>
        <source>It is offered for assessments made with the questionnaires its evidence names.</source>
        <translation>Den tilbys for vurderinger som gjøres med spørreskjemaene den viser til.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="679"/>
        <source>Requirement Set Loaded with Warnings</source>
        <translation>Kravsamlingen ble lastet inn med advarsler</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="680"/>
        <source>“%1” was loaded. Its warnings:</source>
        <translation>«%1» ble lastet inn. Advarslene:</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="682"/>
        <source>Loaded the requirement set “%1”</source>
        <translation>Kravsamlingen «%1» ble lastet inn</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="702"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Angre %1</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="703"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gjør om %1</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="721"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Tøm listen</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="840"/>
        <source>Choose an answer for the current question</source>
        <translation>Velg et svar på det gjeldende spørsmålet</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="841"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="841"/>
        <source>Clear the answer</source>
        <translation>Fjern svaret</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="842"/>
        <source>Left / Right</source>
        <translation>Venstrepil / Høyrepil</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="842"/>
        <source>Move between answer choices</source>
        <translation>Flytt mellom svaralternativene</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="843"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="843"/>
        <source>Move between fields</source>
        <translation>Flytt mellom feltene</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="846"/>
        <source>Next question</source>
        <translation>Neste spørsmål</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="847"/>
        <source>Previous question</source>
        <translation>Forrige spørsmål</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="848"/>
        <source>Next work area</source>
        <translation>Neste arbeidsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="849"/>
        <source>Previous work area</source>
        <translation>Forrige arbeidsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="851"/>
        <source>Help for the current question</source>
        <translation>Hjelp for det gjeldende spørsmålet</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="854"/>
        <source>Undo / redo</source>
        <translation>Angre / gjør om</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="858"/>
        <source>Larger / smaller / normal text</source>
        <translation>Større / mindre / normal tekst</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="867"/>
        <source>About Infosäkkollen</source>
        <translation>Om Infosäkkollen</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="870"/>
        <source>Self-assessment of systematic information-security work for Swedish public bodies. The questionnaires are independent wordings modelled on MSB&apos;s method support and MSBFS 2020:6; they are not MSB&apos;s official question list.</source>
        <translation>Egenvurdering av systematisk informasjonssikkerhetsarbeid i svenske offentlige virksomheter. Spørreskjemaene er selvstendige formuleringer basert på MSBs metodestøtte og MSBFS 2020:6; de er ikke MSBs offisielle spørsmålsliste.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="874"/>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Fri programvare under GNU General Public License, versjon 3 eller nyere.</translation>
    </message>
</context>
<context>
    <name>kollen::gui::NewAssessmentDialog</name>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="42"/>
        <source>Swedish</source>
        <translation>svensk</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="44"/>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="46"/>
        <source>Norwegian (bokmål)</source>
        <translation>norsk (bokmål)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="57"/>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="59"/>
        <source>dated %1</source>
        <translation>datert %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="65"/>
        <source>%n work area(s)</source>
        <translation>
            <numerusform>%n arbeidsområde</numerusform>
            <numerusform>%n arbeidsområder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="66"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n spørsmål</numerusform>
            <numerusform>%n spørsmål</numerusform>
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
        <translation>Lastet inn fra %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="83"/>
        <source>New Assessment</source>
        <translation>Ny vurdering</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="89"/>
        <source>Questionnaires</source>
        <translation>Spørreskjemaer</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="93"/>
        <source>&amp;Questionnaire:</source>
        <translation>S&amp;pørreskjema:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="95"/>
        <source>&amp;Load questionnaire from file…</source>
        <translation>Last &amp;inn spørreskjema fra fil…</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="97"/>
        <source>Load questionnaire from file</source>
        <translation>Last inn spørreskjema fra fil</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="112"/>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="120"/>
        <source>About the questionnaire</source>
        <translation>Om spørreskjemaet</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="125"/>
        <source>The assessment</source>
        <translation>Vurderingen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="138"/>
        <source>&amp;Create</source>
        <translation>Opp&amp;rett</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="142"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="165"/>
        <source>No questionnaires are available. Load one from a file.</source>
        <translation>Ingen spørreskjemaer er tilgjengelige. Last inn et fra en fil.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="166"/>
        <source>Choose a questionnaire.</source>
        <translation>Velg et spørreskjema.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="181"/>
        <source>%1
version %2</source>
        <translation>%1
versjon %2</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="197"/>
        <source>Load Questionnaire</source>
        <translation>Last inn spørreskjema</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="198"/>
        <source>Questionnaires (*.json);;All files (*)</source>
        <translation>Spørreskjemaer (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="205"/>
        <source>Cannot Load Questionnaire</source>
        <translation>Kan ikke laste inn spørreskjemaet</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="206"/>
        <source>“%1” is not a questionnaire this program can use, so it was not loaded.</source>
        <translation>«%1» er ikke et spørreskjema dette programmet kan bruke, så det ble ikke lastet inn.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="209"/>
        <source>The problems found:</source>
        <translation>Problemer som ble funnet:</translation>
    </message>
</context>
<context>
    <name>kollen::gui::OverviewPage</name>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="141"/>
        <source>Edit assessment &amp;details…</source>
        <translation>Rediger &amp;opplysninger om vurderingen…</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="147"/>
        <source>Overall result</source>
        <translation>Samlet resultat</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="152"/>
        <source>Work areas</source>
        <translation>Arbeidsområder</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="153"/>
        <source>Work area</source>
        <translation>Arbeidsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="153"/>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="153"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="153"/>
        <source>Score (0–4)</source>
        <translation>Poeng (0–4)</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="50"/>
        <source>No target</source>
        <translation>Ikke noe mål</translation>
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
        <translation>Måldato</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="117"/>
        <source>✓ reached</source>
        <translation>✓ nådd</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/overviewpage.cpp" line="118"/>
        <source>%n level(s) to go</source>
        <translation>
            <numerusform>%n nivå igjen</numerusform>
            <numerusform>%n nivåer igjen</numerusform>
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
        <translation>Tidligere</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="154"/>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="155"/>
        <source>Group median</source>
        <translation>Gruppens median</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="160"/>
        <source>Double-click or press F2 to set the target level</source>
        <translation>Dobbeltklikk eller trykk F2 for å angi målnivå</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="161"/>
        <source>Double-click or press F2 to set the target date</source>
        <translation>Dobbeltklikk eller trykk F2 for å angi måldato</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="188"/>
        <source>Compare with &amp;group:</source>
        <translation>Sammenlign med &amp;gruppe:</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="216"/>
        <source>Press Enter or double-click a work area to open it; double-click or press F2 in the target columns to set a target. The score shows the reached level plus the share of the next level that is in place.</source>
        <translation>Trykk Enter eller dobbeltklikk på et arbeidsområde for å åpne det; dobbeltklikk eller trykk F2 i målkolonnene for å angi et mål. Poengsummen viser oppnådd nivå pluss andelen av neste nivå som er på plass.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/overviewpage.cpp" line="250"/>
        <source>%1 (%n organisation(s))</source>
        <translation>
            <numerusform>%1 (%n virksomhet)</numerusform>
            <numerusform>%1 (%n virksomheter)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="256"/>
        <source>Fictitious example data, not real results.</source>
        <translation>Fiktive eksempeldata, ikke virkelige resultater.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="259"/>
        <source>generated %1; groups smaller than %2 are not shown</source>
        <translation>laget %1; grupper mindre enn %2 vises ikke</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="266"/>
        <source>No group in this benchmark is large enough to compare with.</source>
        <translation>Ingen gruppe i sammenligningsdataene er stor nok til å sammenligne med.</translation>
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
        <translation>Organisasjon uten navn</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="155"/>
        <source>Position</source>
        <translation>Plassering</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="157"/>
        <source>Where the score stands in the group: its quarter, Q1 lowest … Q4 highest; in a group of fewer than %1 organisations, which has no quartiles, below, at or above the median</source>
        <translation>Hvor poengene ligger i gruppen: kvartilen, K1 lavest … K4 høyest; i en gruppe med færre enn %1 organisasjoner, som ikke har kvartiler, under, ved eller over medianen</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="349"/>
        <source>Organisation type</source>
        <translation>Organisasjonstype</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="353"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="353"/>
        <source>not set</source>
        <translation>ikke angitt</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="354"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="354"/>
        <source>none listed</source>
        <translation>ingen oppført</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="356"/>
        <source>version %1</source>
        <translation>versjon %1</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="357"/>
        <source>Questionnaire</source>
        <translation>Spørreskjema</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="359"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="370"/>
        <source>Overall: %1</source>
        <translation>Samlet: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="377"/>
        <source>score %1 of 4</source>
        <translation>poeng %1 av 4</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="434"/>
        <source>Previous (%1)</source>
        <translation>Tidligere (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="437"/>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/overviewpage.cpp" line="450"/>
        <source>%n question(s) flagged for follow-up.</source>
        <translation>
            <numerusform>%n spørsmål er merket for oppfølging.</numerusform>
            <numerusform>%n spørsmål er merket for oppfølging.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kollen::gui::QuestionWidget</name>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="56"/>
        <source>Question %1</source>
        <translation>Spørsmål %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="72"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="74"/>
        <source>Show what counts as &quot;yes&quot; and links to guidance (F1)</source>
        <translation>Vis hva som regnes som «ja», og lenker til veiledning (F1)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="75"/>
        <source>Help for question %1</source>
        <translation>Hjelp for spørsmål %1</translation>
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
        <translation>Krav som spørsmålet viser</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="115"/>
        <source>%1 (key %2)</source>
        <translation>%1 (tast %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="139"/>
        <source>Next step:</source>
        <translation>Neste steg:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="144"/>
        <source>Guidance:</source>
        <translation>Veiledning:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="154"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="157"/>
        <source>Notes, disagreements, context</source>
        <translation>Notater, uenigheter, kontekst</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="158"/>
        <source>Comment on question %1</source>
        <translation>Kommentar til spørsmål %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="161"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Dokumentasjon:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="163"/>
        <source>Where the proof is: decision, document, record number</source>
        <translation>Hvor dokumentasjonen finnes: vedtak, dokument, saksnummer</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="164"/>
        <source>Evidence for question %1</source>
        <translation>Dokumentasjon for spørsmål %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="166"/>
        <source>&amp;Follow up</source>
        <translation>Følg o&amp;pp</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="167"/>
        <source>Follow up question %1</source>
        <translation>Følg opp spørsmål %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="202"/>
        <source>Not answered</source>
        <translation>Ikke besvart</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="204"/>
        <source>Not applicable is not allowed here: counts as unanswered</source>
        <translation>Ikke relevant er ikke tillatt her: regnes som ubesvart</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="206"/>
        <source>Not applicable: give the reason in the comment</source>
        <translation>Ikke relevant: oppgi begrunnelsen i kommentaren</translation>
    </message>
</context>
<context>
    <name>kollen::gui::RadarChart</name>
    <message>
        <location filename="../src/gui/widgets/radarchart.cpp" line="64"/>
        <source>Radar chart of the score per work area</source>
        <translation>Radardiagram over poengsummen per arbeidsområde</translation>
    </message>
</context>
<context>
    <name>kollen::gui::RecoveryNotice</name>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="88"/>
        <source>you do not have permission to write there</source>
        <translation>du har ikke tillatelse til å skrive der</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="91"/>
        <source>there is not enough space on the disk</source>
        <translation>det er ikke nok plass på disken</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="94"/>
        <source>the disk is read-only</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="97"/>
        <source>the folder does not exist and could not be created</source>
        <translation>mappen finnes ikke og kunne ikke opprettes</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="110"/>
        <source>the file could not be written</source>
        <translation>filen kunne ikke skrives</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="113"/>
        <source>The automatic recovery file could not be written to the folder “%1”: %2. Save the assessment to keep your work safe.</source>
        <translation>Den automatiske gjenopprettingsfilen kunne ikke skrives til mappen «%1»: %2. Lagre vurderingen så arbeidet ditt ikke går tapt.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="129"/>
        <source>Unsaved changes are not being backed up</source>
        <translation>Ulagrede endringer blir ikke sikkerhetskopiert</translation>
    </message>
</context>
<context>
    <name>kollen::gui::ReportDialog</name>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="59"/>
        <source>Export Report</source>
        <translation>Eksporter rapport</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="63"/>
        <source>A management report of the assessment on A4: cover, summary with the overall level and the most important gaps, radar chart and results per work area, feedback with links to guidance, and the scoring method.</source>
        <translation>En lederrapport om vurderingen i A4: forside, sammendrag med samlet nivå og de viktigste manglene, radardiagram og resultat per arbeidsområde, tilbakemelding med lenker til veiledning og metoden for poengberegningen.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="70"/>
        <source>Contents</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="72"/>
        <source>Include &amp;comments and notes</source>
        <translation>Ta med &amp;kommentarer og notater</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="74"/>
        <source>Comments and notes may contain sensitive information. They are left out unless you include them.</source>
        <translation>Kommentarer og notater kan inneholde sensitiv informasjon. De utelates med mindre du velger å ta dem med.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="76"/>
        <source>Include the &amp;action plan (owners, due dates, status)</source>
        <translation>Ta med &amp;tiltaksplanen (ansvarlige, frister, status)</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="78"/>
        <source>Add an appe&amp;ndix with every question, its answer and evidence</source>
        <translation>Legg til et &amp;vedlegg med alle spørsmål, svar og dokumentasjon</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="81"/>
        <source>Comments and notes may contain sensitive information.</source>
        <translation>Kommentarer og notater kan inneholde sensitiv informasjon.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="111"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksporter PDF…</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="113"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Forhåndsvis…</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="115"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="159"/>
        <source>Include the comparison with the benchmark group “%1” (median and position in the group)</source>
        <translation>Ta med sammenligningen med sammenligningsgruppen «%1» (median og plassering i gruppen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportdialog.cpp" line="165"/>
        <source>Include the development over %n assessment(s)</source>
        <translation>
            <numerusform>Ta med utviklingen over %n vurdering</numerusform>
            <numerusform>Ta med utviklingen over %n vurderinger</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="175"/>
        <source>Include the requirements of “%1”</source>
        <translation>Ta med kravene i «%1»</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="194"/>
        <source>Unsaved assessment</source>
        <translation>Ulagret vurdering</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="205"/>
        <source>assessment</source>
        <translation>vurdering</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="206"/>
        <source>-report</source>
        <translation>-rapport</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="219"/>
        <source>Export Failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="220"/>
        <source>The report could not be written to “%1”.</source>
        <translation>Rapporten kunne ikke skrives til «%1».</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="223"/>
        <source>The report was saved as “%1”. &lt;a href=&quot;%2&quot;&gt;Open it&lt;/a&gt;</source>
        <translation>Rapporten ble lagret som «%1». &lt;a href=&quot;%2&quot;&gt;Åpne den&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="230"/>
        <source>Export Report as PDF</source>
        <translation>Eksporter rapport som PDF</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="231"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="245"/>
        <source>Print Preview – Report</source>
        <translation>Forhåndsvisning – rapport</translation>
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
        <translation>Henvisning / arbeidsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="161"/>
        <source>No question of this questionnaire covers the requirement; assess it separately.</source>
        <translation>Ingen spørsmål i dette spørreskjemaet dekker kravet; vurder det for seg.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/requirementspage.cpp" line="182"/>
        <source>%n met</source>
        <translation>
            <numerusform>%n oppfylt</numerusform>
            <numerusform>%n oppfylt</numerusform>
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
            <numerusform>%n ikke oppfylt</numerusform>
            <numerusform>%n ikke oppfylt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/requirementspage.cpp" line="185"/>
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n ikke relevant</numerusform>
            <numerusform>%n ikke relevante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/requirementspage.cpp" line="186"/>
        <source>%n not answered</source>
        <translation>
            <numerusform>%n ikke besvart</numerusform>
            <numerusform>%n ikke besvart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/requirementspage.cpp" line="188"/>
        <source>%n not covered by the questionnaire</source>
        <translation>
            <numerusform>%n dekkes ikke av spørreskjemaet</numerusform>
            <numerusform>%n dekkes ikke av spørreskjemaet</numerusform>
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
        <translation>Krav og tilhørende spørsmål</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="83"/>
        <source>Requirement / question</source>
        <translation>Krav / spørsmål</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="83"/>
        <source>In place</source>
        <translation>På plass</translation>
    </message>
</context>
<context>
    <name>kollen::gui::ShortcutsDialog</name>
    <message>
        <location filename="../src/gui/dialogs/shortcutsdialog.cpp" line="13"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastatursnarveier</translation>
    </message>
</context>
<context>
    <name>kollen::gui::SubmissionDialog</name>
    <message>
        <location filename="../src/gui/dialogs/submissiondialog.cpp" line="14"/>
        <source>Export Anonymised Submission</source>
        <translation>Eksporter anonymisert innsending</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/submissiondialog.cpp" line="16"/>
        <source>The submission contains only the questionnaire and its version, the organisation type and size band, the year and the answers: no names, comments, evidence or participants. This is exactly what will be written:</source>
        <translation>Innsendingen inneholder bare spørreskjemaet og versjonen, virksomhetstype og størrelsesklasse, året og svarene: ingen navn, kommentarer, dokumentasjon eller deltakere. Nøyaktig dette blir skrevet:</translation>
    </message>
</context>
<context>
    <name>kollen::gui::TrendPage</name>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="38"/>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="57"/>
        <source>Development over time</source>
        <translation>Utvikling over tid</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="66"/>
        <source>Level and score per work area and assessment</source>
        <translation>Nivå og poeng per arbeidsområde og vurdering</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="129"/>
        <source>No earlier assessments are open. Use File ▸ Show Trend over Earlier Assessments.</source>
        <translation>Ingen tidligere vurderinger er åpne. Bruk Fil ▸ Vis trend over tidligere vurderinger.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/trendpage.cpp" line="138"/>
        <source>%n assessment(s) of the organisation, oldest first. Overall %1 (score %2) on %3, %4 (score %5) on %6.</source>
        <translation>
            <numerusform>%n vurdering av organisasjonen, eldste først. Samlet %1 (poeng %2) den %3, %4 (poeng %5) den %6.</numerusform>
            <numerusform>%n vurderinger av organisasjonen, eldste først. Samlet %1 (poeng %2) den %3, %4 (poeng %5) den %6.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="145"/>
        <source>Work area</source>
        <translation>Arbeidsområde</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="148"/>
        <source>%1 (open)</source>
        <translation>%1 (åpen)</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="150"/>
        <source>Change in score</source>
        <translation>Endring i poeng</translation>
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
            <numerusform>%1 ble gjort med versjon %2 av spørreskjemaet og er overført til versjon %3; %n opplysning kunne ikke overføres.</numerusform>
            <numerusform>%1 ble gjort med versjon %2 av spørreskjemaet og er overført til versjon %3; %n opplysninger kunne ikke overføres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="201"/>
        <source>Note: the assessments name different organisations (%1).</source>
        <translation>Merk: Vurderingene oppgir ulike organisasjoner (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/trendpage.cpp" line="206"/>
        <source>%n assessment(s) without a date are listed last and left out of the chart.</source>
        <translation>
            <numerusform>%n vurdering uten dato står sist og er ikke med i diagrammet.</numerusform>
            <numerusform>%n vurderinger uten dato står sist og er ikke med i diagrammet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="208"/>
        <source>Choose a row to see its development in the chart; Enter opens the work area.</source>
        <translation>Velg en rad for å se utviklingen i diagrammet; Enter åpner arbeidsområdet.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="242"/>
        <source>Score (0–4)</source>
        <translation>Poeng (0–4)</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="247"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="294"/>
        <source>Level / score</source>
        <translation>Nivå / poeng</translation>
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
        <translation>Vurder hvor systematisk informasjonssikkerhetsarbeidet i organisasjonen din er: besvar spørsmålene i hvert arbeidsområde alene eller i en workshop, og se modenhetsnivået per område og samlet på MSBs skala med fire nivåer, med lenker til MSBs veiledning.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/welcomepage.cpp" line="67"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Ny vurdering…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/welcomepage.cpp" line="68"/>
        <source>&amp;Open assessment…</source>
        <translation>&amp;Åpne vurdering…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/welcomepage.cpp" line="69"/>
        <source>&amp;Recent assessments</source>
        <translation>N&amp;ylige vurderinger</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/welcomepage.cpp" line="70"/>
        <source>Recent assessments</source>
        <translation>Nylige vurderinger</translation>
    </message>
</context>
<context>
    <name>kollen::gui::WorkshopView</name>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="73"/>
        <source>Time in this area</source>
        <translation>Tid i dette området</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="104"/>
        <source>%1 (key %2)</source>
        <translation>%1 (tast %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="116"/>
        <location filename="../src/gui/workshop/workshopview.cpp" line="259"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notater:</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="122"/>
        <source>What the group said, examples, evidence</source>
        <translation>Hva gruppen sa, eksempler, dokumentasjon</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="127"/>
        <location filename="../src/gui/workshop/workshopview.cpp" line="261"/>
        <source>Return later [F]</source>
        <translation>Kom tilbake senere [F]</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="130"/>
        <location filename="../src/gui/workshop/workshopview.cpp" line="263"/>
        <source>Not agreed [D]</source>
        <translation>Ikke enige [D]</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="135"/>
        <source>The differing views, in a few words</source>
        <translation>De ulike synene, med noen få ord</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="136"/>
        <source>Differing views</source>
        <translation>Ulike syn</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="168"/>
        <source>1–%1 answer · → / Space / Page Down next · ← / Page Up back · F return later · D not agreed · G go to area · L list · H contrast · T timer · Esc leave</source>
        <translation>1–%1 svar · → / mellomrom / Page Down neste · ← / Page Up tilbake · F kom tilbake senere · D ikke enige · G gå til område · L liste · H kontrast · T tid · Esc avslutt</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="231"/>
        <source>Question %1 of %2</source>
        <translation>Spørsmål %1 av %2</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="258"/>
        <source>&amp;Notes (Not applicable needs a reason: write it here):</source>
        <translation>&amp;Notater (Ikke relevant krever en begrunnelse: skriv den her):</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="269"/>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="270"/>
        <source>Summary: %1</source>
        <translation>Oppsummering: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="289"/>
        <source>To reach %1:</source>
        <translation>For å nå %1:</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="296"/>
        <source>Score</source>
        <translation>Poeng</translation>
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
        <translation>○ åpen</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="33"/>
        <source>● answered</source>
        <translation>● besvart</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="35"/>
        <source>⚑ later</source>
        <translation>⚑ senere</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="37"/>
        <source>⚠ not agreed</source>
        <translation>⚠ ikke enige</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="50"/>
        <source>Workshop – %1</source>
        <translation>Workshop – %1</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="57"/>
        <source>All questions</source>
        <translation>Alle spørsmål</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="58"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="98"/>
        <source>Workshop – audience view</source>
        <translation>Workshop – publikumsvisning</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="140"/>
        <source>Open, flagged and not agreed questions</source>
        <translation>Åpne, flaggede og uenige spørsmål</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="162"/>
        <source>Every question is answered, and none is flagged or not agreed.</source>
        <translation>Alle spørsmål er besvart, og ingen er flagget eller markert som uenige.</translation>
    </message>
</context>
</TS>
