<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionPlanCsv</name>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="11"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="12"/>
        <source>Work area</source>
        <translation>Work area</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="13"/>
        <source>Question id</source>
        <translation>Question id</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="14"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="15"/>
        <source>Current answer</source>
        <translation>Current answer</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="16"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="17"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="18"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="19"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="20"/>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../src/gui/text/actionplancsv.cpp" line="21"/>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="31"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="40"/>
        <source>(no date)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="63"/>
        <source>Level (score 0–4) per assessment, oldest first.</source>
        <translation>Level (score 0–4) per assessment, oldest first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/trend.cpp" line="68"/>
        <source>(questionnaire version %1, carried over; %n item(s) could not be carried over)</source>
        <translation>
            <numerusform>(questionnaire version %1, carried over; %n item could not be carried over)</numerusform>
            <numerusform>(questionnaire version %1, carried over; %n items could not be carried over)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/trend.cpp" line="74"/>
        <source>(%n question(s) added since, counted as not answered)</source>
        <translation>
            <numerusform>(%n question added since, counted as not answered)</numerusform>
            <numerusform>(%n questions added since, counted as not answered)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="90"/>
        <source>Every assessment is scored here under the rule %1 of version %2. Made under the rule %4, %3 can show other levels here than were reported then.</source>
        <translation>Every assessment is scored here under the rule %1 of version %2. Made under the rule %4, %3 can show other levels here than were reported then.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="97"/>
        <source>Note: the files name different organisations.</source>
        <translation>Note: the files name different organisations.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="105"/>
        <source>--trend needs at least two assessment files</source>
        <translation>--trend needs at least two assessment files</translation>
    </message>
    <message>
        <location filename="../src/app/commands/trend.cpp" line="124"/>
        <source>%1: made with questionnaire &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>%1: made with questionnaire &quot;%2&quot;, not &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="90"/>
        <source>--export-pdf needs the assessment and one output file: --export-pdf ASSESSMENT OUT.pdf</source>
        <translation>--export-pdf needs the assessment and one output file: --export-pdf ASSESSMENT OUT.pdf</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="41"/>
        <source>%1: the benchmark is for questionnaire %2, not %3</source>
        <translation>%1: the benchmark is for questionnaire %2, not %3</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="49"/>
        <source>%1: group &quot;%2&quot; is not published in this benchmark</source>
        <translation>%1: group &quot;%2&quot; is not published in this benchmark</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="57"/>
        <source>%1: no published group to compare with; the report leaves it out</source>
        <translation>%1: no published group to compare with; the report leaves it out</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="95"/>
        <source>internal error: --export-pdf needs a QApplication</source>
        <translation>internal error: --export-pdf needs a QApplication</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="159"/>
        <source>--requirements: no requirement set &quot;%1&quot; covers questionnaire &quot;%2&quot;; available: %3</source>
        <translation>--requirements: no requirement set &quot;%1&quot; covers questionnaire &quot;%2&quot;; available: %3</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="162"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../src/app/commands/exportpdf.cpp" line="183"/>
        <source>%1: report written</source>
        <translation>%1: report written</translation>
    </message>
    <message>
        <location filename="../src/app/commands/submission.cpp" line="16"/>
        <source>--export-submission needs the assessment and one output file: --export-submission ASSESSMENT OUT.json</source>
        <translation>--export-submission needs the assessment and one output file: --export-submission ASSESSMENT OUT.json</translation>
    </message>
    <message>
        <location filename="../src/app/commands/submission.cpp" line="36"/>
        <source>Note: the assessment has no organisation type, so the submission counts only in the group of all organisations.</source>
        <translation>Note: the assessment has no organisation type, so the submission counts only in the group of all organisations.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/submission.cpp" line="39"/>
        <source>Note: the assessment has no size band, so the submission counts in no size group.</source>
        <translation>Note: the assessment has no size band, so the submission counts in no size group.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/submission.cpp" line="40"/>
        <source>%1: submission written. It holds only what is shown above: no names, comments, evidence or notes.</source>
        <translation>%1: submission written. It holds only what is shown above: no names, comments, evidence or notes.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="152"/>
        <source>%1: --out names a submission that is one of the inputs; name another file for the benchmark</source>
        <translation>%1: --out names a submission that is one of the inputs; name another file for the benchmark</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="219"/>
        <location filename="../src/app/commands/trend.cpp" line="119"/>
        <source>%1: questionnaire &quot;%2&quot; is not available; name its file with --questionnaire</source>
        <translation>%1: questionnaire &quot;%2&quot; is not available; name its file with --questionnaire</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="245"/>
        <source>Files read: %1, used: %2, skipped: %3</source>
        <translation>Files read: %1, used: %2, skipped: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/aggregate.cpp" line="247"/>
        <source>Duplicates counted once: %n (the same submission, or the same answers, as one used)</source>
        <translation>
            <numerusform>Duplicates counted once: %n (the same submission, or the same answers, as one used)</numerusform>
            <numerusform>Duplicates counted once: %n (the same submission, or the same answers, as one used)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="251"/>
        <source>Files used with warnings: %1 (answers the questionnaire does not know count as unanswered)</source>
        <translation>Files used with warnings: %1 (answers the questionnaire does not know count as unanswered)</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="255"/>
        <source>No submission could be used; no benchmark was written.</source>
        <translation>No submission could be used; no benchmark was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/aggregate.cpp" line="271"/>
        <source>%1: a benchmark of round “%2” made from other submissions (%n submission(s)) exists; whoever has both can work out the scores of the submissions that differ</source>
        <translation>
            <numerusform>%1: a benchmark of round “%2” made from other submissions (%n submission) exists; whoever has both can work out the scores of the submissions that differ</numerusform>
            <numerusform>%1: a benchmark of round “%2” made from other submissions (%n submissions) exists; whoever has both can work out the scores of the submissions that differ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="277"/>
        <source>No benchmark was written. Name a new round with --round, or write it anyway with --force.</source>
        <translation>No benchmark was written. Name a new round with --round, or write it anyway with --force.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="281"/>
        <source>warning: %1 (written anyway: --force)</source>
        <translation>warning: %1 (written anyway: --force)</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="284"/>
        <source>--min-group %1 was raised to %2: no group is published with fewer organisations.</source>
        <translation>--min-group %1 was raised to %2: no group is published with fewer organisations.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="297"/>
        <source>Questionnaire: %1 %2</source>
        <translation>Questionnaire: %1 %2</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="300"/>
        <source>Round: %1</source>
        <translation>Round: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/aggregate.cpp" line="301"/>
        <source>Groups published: %1, suppressed: %2 (fewer than %n organisation(s), or hidden so that a smaller group cannot be worked out by subtraction)</source>
        <translation>
            <numerusform>Groups published: %1, suppressed: %2 (fewer than %n organisation, or hidden so that a smaller group cannot be worked out by subtraction)</numerusform>
            <numerusform>Groups published: %1, suppressed: %2 (fewer than %n organisations, or hidden so that a smaller group cannot be worked out by subtraction)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="316"/>
        <source>%1: benchmark written</source>
        <translation>%1: benchmark written</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="38"/>
        <source>Self-assessment of systematic information-security work for Swedish public bodies.</source>
        <translation>Self-assessment of systematic information-security work for Swedish public bodies.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="57"/>
        <source>%1 and %2 are two commands; give one at a time</source>
        <translation>%1 and %2 are two commands; give one at a time</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="60"/>
        <source>%1 is not used with %2</source>
        <translation>%1 is not used with %2</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="125"/>
        <source>Unknown language &quot;%1&quot; for --lang; use one of: %2</source>
        <translation>Unknown language &quot;%1&quot; for --lang; use one of: %2</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="31"/>
        <source>Check questionnaire or assessment files and report every problem.</source>
        <translation>Check questionnaire or assessment files and report every problem.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="33"/>
        <source>Print the levels of an assessment.</source>
        <translation>Print the levels of an assessment.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="35"/>
        <source>With --score or --trend: print JSON.</source>
        <translation>With --score or --trend: print JSON.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="67"/>
        <source>With --aggregate: groups with fewer organisations are not published (default 5, at least 3).</source>
        <translation>With --aggregate: groups with fewer organisations are not published (default 5, at least 3).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="78"/>
        <source>With --aggregate: the collection round the submissions belong to (default: this year).</source>
        <translation>With --aggregate: the collection round the submissions belong to (default: this year).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="82"/>
        <source>With --aggregate: write the benchmark even though one of the same round from other submissions exists.</source>
        <translation>With --aggregate: write the benchmark even though one of the same round from other submissions exists.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="87"/>
        <source>Print level and score per work area for several assessments of the same organisation, oldest first: --trend ASSESSMENT ASSESSMENT... Older questionnaire versions are carried over first.</source>
        <translation>Print level and score per work area for several assessments of the same organisation, oldest first: --trend ASSESSMENT ASSESSMENT... Older questionnaire versions are carried over first.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="93"/>
        <source>With --export-pdf: compare with this benchmark file (median and position in the group per work area).</source>
        <translation>With --export-pdf: compare with this benchmark file (median and position in the group per work area).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="37"/>
        <source>Language of the output (sv, en, nb).</source>
        <translation>Language of the output (sv, en, nb).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="22"/>
        <location filename="../src/app/commands/options.cpp" line="25"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="28"/>
        <source>Show the program&apos;s version.</source>
        <translation>Show the program&apos;s version.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="40"/>
        <source>Also use this questionnaire file (may be repeated).</source>
        <translation>Also use this questionnaire file (may be repeated).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="42"/>
        <source>Write the management report of an assessment as PDF: --export-pdf ASSESSMENT OUT.pdf. Works without a display.</source>
        <translation>Write the management report of an assessment as PDF: --export-pdf ASSESSMENT OUT.pdf. Works without a display.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="47"/>
        <source>With --export-pdf: include comments and notes (they may be sensitive).</source>
        <translation>With --export-pdf: include comments and notes (they may be sensitive).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="50"/>
        <source>With --export-pdf: add an appendix with every question.</source>
        <translation>With --export-pdf: add an appendix with every question.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="98"/>
        <source>With --benchmark: the group to compare with, e.g. all, type:kommun (default: the organisation&apos;s most specific published group).</source>
        <translation>With --benchmark: the group to compare with, e.g. all, type:kommun (default: the organisation&apos;s most specific published group).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="103"/>
        <source>With --export-pdf: an earlier assessment of the organisation for the development over time (may be repeated).</source>
        <translation>With --export-pdf: an earlier assessment of the organisation for the development over time (may be repeated).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="108"/>
        <source>With --export-pdf: a requirement set to report on, by id (cybersakerhetslagen, msbfs-2020-6, …) or as a file of one&apos;s own (may be repeated; default: the set for the organisation&apos;s type; none: no set).</source>
        <translation>With --export-pdf: a requirement set to report on, by id (cybersakerhetslagen, msbfs-2020-6, …) or as a file of one&apos;s own (may be repeated; default: the set for the organisation&apos;s type; none: no set).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="52"/>
        <source>With --export-pdf: leave out the action plan.</source>
        <translation>With --export-pdf: leave out the action plan.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="54"/>
        <source>Write the anonymised submission of an assessment for a benchmark: --export-submission ASSESSMENT OUT.json. It holds only the questionnaire, the organisation type and size band, the year and the answers, and is printed.</source>
        <translation>Write the anonymised submission of an assessment for a benchmark: --export-submission ASSESSMENT OUT.json. It holds only the questionnaire, the organisation type and size band, the year and the answers, and is printed.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="60"/>
        <source>Build a benchmark from submission files: --aggregate FOLDER_OR_FILE... --out BENCHMARK.json. Reads every *.json file in the folders.</source>
        <translation>Build a benchmark from submission files: --aggregate FOLDER_OR_FILE... --out BENCHMARK.json. Reads every *.json file in the folders.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="64"/>
        <source>With --aggregate: the benchmark file to write.</source>
        <translation>With --aggregate: the benchmark file to write.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="72"/>
        <source>With --aggregate: a label stored in the benchmark (its source).</source>
        <translation>With --aggregate: a label stored in the benchmark (its source).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/options.cpp" line="75"/>
        <source>With --aggregate: mark the benchmark as made from invented data.</source>
        <translation>With --aggregate: mark the benchmark as made from invented data.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="42"/>
        <source>Files to check (with --validate); the output file (with --export-pdf).</source>
        <translation>Files to check (with --validate); the output file (with --export-pdf).</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="327"/>
        <source>--aggregate needs the benchmark file to write: --aggregate FOLDER_OR_FILE... --out BENCHMARK.json</source>
        <translation>--aggregate needs the benchmark file to write: --aggregate FOLDER_OR_FILE... --out BENCHMARK.json</translation>
    </message>
    <message>
        <location filename="../src/app/commands/aggregate.cpp" line="335"/>
        <source>--min-group must be a whole number of at least 1</source>
        <translation>--min-group must be a whole number of at least 1</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="96"/>
        <source>Assessment file to open.</source>
        <translation>Assessment file to open.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/common.cpp" line="98"/>
        <source>%1: questionnaire &quot;%2&quot; version &quot;%3&quot; is not available (version %4 is, but has no migration from it); name its file with --questionnaire</source>
        <translation>%1: questionnaire &quot;%2&quot; version &quot;%3&quot; is not available (version %4 is, but has no migration from it); name its file with --questionnaire</translation>
    </message>
    <message>
        <location filename="../src/app/commands/common.cpp" line="102"/>
        <source>%1: questionnaire &quot;%2&quot; version &quot;%3&quot; is not available; name its file with --questionnaire</source>
        <translation>%1: questionnaire &quot;%2&quot; version &quot;%3&quot; is not available; name its file with --questionnaire</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="19"/>
        <location filename="../src/app/commands/trend.cpp" line="30"/>
        <source>Work area</source>
        <translation>Work area</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="31"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="32"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="32"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="33"/>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="43"/>
        <location filename="../src/app/commands/trend.cpp" line="60"/>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="50"/>
        <source>Level 1 not yet reached.</source>
        <translation>Level 1 not yet reached.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="59"/>
        <source>The overall level is that of the lowest work area: %1.</source>
        <translation>The overall level is that of the lowest work area: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="63"/>
        <source>For information, not the level: mean area score %1, share met of all questions %2.</source>
        <translation>For information, not the level: mean area score %1, share met of all questions %2.</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="69"/>
        <source>Not assessed (too little is applicable): %1.</source>
        <translation>Not assessed (too little is applicable): %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/score.cpp" line="74"/>
        <source>%n Not applicable answer(s) without a reason in the comment.</source>
        <translation>
            <numerusform>%n Not applicable answer without a reason in the comment.</numerusform>
            <numerusform>%n Not applicable answers without a reason in the comment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/score.cpp" line="79"/>
        <source>%n Not applicable answer(s) where the questionnaire does not allow it, counted as unanswered.</source>
        <translation>
            <numerusform>%n Not applicable answer where the questionnaire does not allow it, counted as unanswered.</numerusform>
            <numerusform>%n Not applicable answers where the questionnaire does not allow it, counted as unanswered.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="87"/>
        <source>Rule: %1, threshold %2</source>
        <translation>Rule: %1, threshold %2</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="92"/>
        <source>, level %1: every question at least %2</source>
        <translation>, level %1: every question at least %2</translation>
    </message>
    <message>
        <location filename="../src/app/commands/score.cpp" line="98"/>
        <source>, at least %1 of a level applicable</source>
        <translation>, at least %1 of a level applicable</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="34"/>
        <source>%1: valid assessment of %2 %3, %n response(s)</source>
        <translation>
            <numerusform>%1: valid assessment of %2 %3, %n response</numerusform>
            <numerusform>%1: valid assessment of %2 %3, %n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="45"/>
        <source>%1: valid submission of %2 %3, %n answer(s)</source>
        <translation>
            <numerusform>%1: valid submission of %2 %3, %n answer</numerusform>
            <numerusform>%1: valid submission of %2 %3, %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="58"/>
        <source>%1: valid benchmark of %2 %3, %4 of %n group(s) published</source>
        <translation>
            <numerusform>%1: valid benchmark of %2 %3, %4 of %n group published</numerusform>
            <numerusform>%1: valid benchmark of %2 %3, %4 of %n groups published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="70"/>
        <source>%1: valid requirement set %2 %3, %n requirement(s)</source>
        <translation>
            <numerusform>%1: valid requirement set %2 %3, %n requirement</numerusform>
            <numerusform>%1: valid requirement set %2 %3, %n requirements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/validate.cpp" line="85"/>
        <source>  %1: questionnaire not at hand; name its file with --questionnaire</source>
        <translation>  %1: questionnaire not at hand; name its file with --questionnaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="93"/>
        <source>  %1 %2: questions for %3 of %n requirement(s)</source>
        <translation>
            <numerusform>  %1 %2: questions for %3 of %n requirement</numerusform>
            <numerusform>  %1 %2: questions for %3 of %n requirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="108"/>
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n area</numerusform>
            <numerusform>%n areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="109"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/validate.cpp" line="112"/>
        <source>%1: valid questionnaire %2 %3, %4, %5</source>
        <translation>%1: valid questionnaire %2 %3, %4, %5</translation>
    </message>
    <message>
        <location filename="../src/app/commands/validate.cpp" line="115"/>
        <source>%1: valid questionnaire %2 %3, %4, %5, %6</source>
        <translation>%1: valid questionnaire %2 %3, %4, %5, %6</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commands/validate.cpp" line="117"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commands/validate.cpp" line="130"/>
        <source>--validate needs at least one file</source>
        <translation>--validate needs at least one file</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="26"/>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="27"/>
        <source>the file is %1 bytes; the limit is %2 bytes</source>
        <translation>the file is %1 bytes; the limit is %2 bytes</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="28"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="29"/>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="30"/>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>the JSON is nested more than %1 levels deep</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="31"/>
        <source>the file is in UTF-16; save it as UTF-8</source>
        <translation>the file is in UTF-16; save it as UTF-8</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="32"/>
        <source>groups as small as %1 are published, fewer than %2 organisations: a group&apos;s figures may identify an organisation</source>
        <translation>groups as small as %1 are published, fewer than %2 organisations: a group&apos;s figures may identify an organisation</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="35"/>
        <source>the file contains a NUL byte (a zero byte), which JSON text cannot contain</source>
        <translation>the file contains a NUL byte (a zero byte), which JSON text cannot contain</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="37"/>
        <source>the number %1 is too large</source>
        <translation>the number %1 is too large</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="38"/>
        <source>duplicate key %1 in the same object</source>
        <translation>duplicate key %1 in the same object</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="39"/>
        <source>a key is longer than %1 bytes</source>
        <translation>a key is longer than %1 bytes</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="40"/>
        <source>more problems not listed: %1</source>
        <translation>more problems not listed: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="42"/>
        <source>required key %1 is missing</source>
        <translation>required key %1 is missing</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="43"/>
        <source>expected %1, found %2</source>
        <translation>expected %1, found %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="44"/>
        <source>unknown key %1 is ignored</source>
        <translation>unknown key %1 is ignored</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="45"/>
        <source>this is not a %1 file (format is %2)</source>
        <translation>this is not a %1 file (format is %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="46"/>
        <source>format version %1 is newer than this program understands (%2); please update the program</source>
        <translation>format version %1 is newer than this program understands (%2); please update the program</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="49"/>
        <source>format version %1 is not supported; this program reads version %2</source>
        <translation>format version %1 is not supported; this program reads version %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="50"/>
        <source>invalid id %1: use a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit, at most 64 characters</source>
        <translation>invalid id %1: use a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit, at most 64 characters</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="52"/>
        <source>invalid date %1; expected YYYY-MM-DD</source>
        <translation>invalid date %1; expected YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="53"/>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="54"/>
        <source>invalid language code %1</source>
        <translation>invalid language code %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="55"/>
        <source>language %1 is listed twice</source>
        <translation>language %1 is listed twice</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="56"/>
        <source>missing text for language %1</source>
        <translation>missing text for language %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="57"/>
        <source>text for language %1, which the questionnaire does not list, is ignored</source>
        <translation>text for language %1, which the questionnaire does not list, is ignored</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="59"/>
        <source>link must use https: %1</source>
        <translation>link must use https: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="60"/>
        <source>a link&apos;s host must be a plain name such as www.msb.se, without a user name and only of the letters a–z, digits, &apos;-&apos; and &apos;.&apos;: %1</source>
        <translation>a link&apos;s host must be a plain name such as www.msb.se, without a user name and only of the letters a–z, digits, &apos;-&apos; and &apos;.&apos;: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="63"/>
        <source>duplicate %1 id %2 (first used at %3)</source>
        <translation>duplicate %1 id %2 (first used at %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="64"/>
        <source>%1 must be between %2 and %3, found %4</source>
        <translation>%1 must be between %2 and %3, found %4</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="65"/>
        <source>%1 must be greater than 0, found %2</source>
        <translation>%1 must be greater than 0, found %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="67"/>
        <source>unknown level %1; must be 1, 2, 3 or 4</source>
        <translation>unknown level %1; must be 1, 2, 3 or 4</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="68"/>
        <source>level %1 is not defined; exactly the levels 1, 2, 3 and 4 are required</source>
        <translation>level %1 is not defined; exactly the levels 1, 2, 3 and 4 are required</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="70"/>
        <source>%1 must not be empty</source>
        <translation>%1 must not be empty</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="71"/>
        <source>the answer scale needs at least two options</source>
        <translation>the answer scale needs at least two options</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="73"/>
        <source>the answer scale needs an option with value 1 that is not excluded</source>
        <translation>the answer scale needs an option with value 1 that is not excluded</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="74"/>
        <source>unknown scoring rule %1; this program knows %2</source>
        <translation>unknown scoring rule %1; this program knows %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="75"/>
        <source>%1 applies only to the scoring rule %2</source>
        <translation>%1 applies only to the scoring rule %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="77"/>
        <source>question %1 does not allow the answer %2; it counts as unanswered</source>
        <translation>question %1 does not allow the answer %2; it counts as unanswered</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="78"/>
        <source>unknown requirement id %1</source>
        <translation>unknown requirement id %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="79"/>
        <source>%1 needs format_version %2 or newer</source>
        <translation>%1 needs format_version %2 or newer</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="80"/>
        <source>unknown link id %1; the questionnaire&apos;s &quot;links&quot; table has no such entry</source>
        <translation>unknown link id %1; the questionnaire&apos;s &quot;links&quot; table has no such entry</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="82"/>
        <source>link %1 is not used by any work area or question</source>
        <translation>link %1 is not used by any work area or question</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="84"/>
        <source>migration target %1 is not a question of this version</source>
        <translation>migration target %1 is not a question of this version</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="85"/>
        <source>migration target %1 is not an area of this version</source>
        <translation>migration target %1 is not an area of this version</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="87"/>
        <source>migration target %1 is not an answer id of this version</source>
        <translation>migration target %1 is not an answer id of this version</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="88"/>
        <source>more than one migration from version %1</source>
        <translation>more than one migration from version %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="90"/>
        <source>added question %1 is not a question of this version</source>
        <translation>added question %1 is not a question of this version</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="91"/>
        <source>question %1 is listed as added more than once</source>
        <translation>question %1 is listed as added more than once</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="93"/>
        <source>question %1 is listed as added but an older question is renamed to it</source>
        <translation>question %1 is listed as added but an older question is renamed to it</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="95"/>
        <source>changed question %1 is not a question of this version</source>
        <translation>changed question %1 is not a question of this version</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="97"/>
        <source>question %1 is listed as changed more than once</source>
        <translation>question %1 is listed as changed more than once</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="99"/>
        <source>question %1 is listed both as added and as changed</source>
        <translation>question %1 is listed both as added and as changed</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="101"/>
        <source>unknown organisation type %1</source>
        <translation>unknown organisation type %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="102"/>
        <source>unknown size band %1 for organisation type %2</source>
        <translation>unknown size band %1 for organisation type %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="103"/>
        <source>question %1 is not in questionnaire %2 version %3; its answer is not used</source>
        <translation>question %1 is not in questionnaire %2 version %3; its answer is not used</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="105"/>
        <source>answer %1 is not on the questionnaire&apos;s answer scale</source>
        <translation>answer %1 is not on the questionnaire&apos;s answer scale</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="106"/>
        <source>area %1 is not in questionnaire %2 version %3; its target is not used</source>
        <translation>area %1 is not in questionnaire %2 version %3; its target is not used</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="108"/>
        <source>target level must be 0 to 4, found %1</source>
        <translation>target level must be 0 to 4, found %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="110"/>
        <source>the assessment is for questionnaire %1, not %2</source>
        <translation>the assessment is for questionnaire %1, not %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="112"/>
        <source>the assessment is for version %1 of the questionnaire, not %2</source>
        <translation>the assessment is for version %1 of the questionnaire, not %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="113"/>
        <source>the assessment cannot be carried over to version %1 of its questionnaire</source>
        <translation>the assessment cannot be carried over to version %1 of its questionnaire</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="115"/>
        <source>a trend needs at least two assessments; %1 given</source>
        <translation>a trend needs at least two assessments; %1 given</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="116"/>
        <source>the assessment was made with version %1 of questionnaire %2, and version %3 has no migration from it</source>
        <translation>the assessment was made with version %1 of questionnaire %2, and version %3 has no migration from it</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="119"/>
        <source>the group has %1 organisations, fewer than the minimum of %2; such a group must not be published</source>
        <translation>the group has %1 organisations, fewer than the minimum of %2; such a group must not be published</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="122"/>
        <source>invalid submission id %1: expected 32 hexadecimal digits (0-9, a-f)</source>
        <translation>invalid submission id %1: expected 32 hexadecimal digits (0-9, a-f)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="125"/>
        <source>submission %1 was read before; this copy is not used</source>
        <translation>submission %1 was read before; this copy is not used</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="128"/>
        <source>the same answers as a submission read before; counted once, so this one is not used</source>
        <translation>the same answers as a submission read before; counted once, so this one is not used</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="131"/>
        <source>quartiles are published only for groups of at least %2 organisations; this group has %1</source>
        <translation>quartiles are published only for groups of at least %2 organisations; this group has %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="134"/>
        <source>an entity kind is given, but the organisation is not marked as covered by the Cybersecurity Act</source>
        <translation>an entity kind is given, but the organisation is not marked as covered by the Cybersecurity Act</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="137"/>
        <source>question %1 is not in questionnaire %2 version %3; it does not count as evidence</source>
        <translation>question %1 is not in questionnaire %2 version %3; it does not count as evidence</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="140"/>
        <source>the level counts add up to %1, but the group has %2 organisations</source>
        <translation>the level counts add up to %1, but the group has %2 organisations</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="142"/>
        <source>could not save: %1</source>
        <translation>could not save: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="155"/>
        <source>answer</source>
        <comment>kind of id in: duplicate %1 id</comment>
        <translation>answer</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="156"/>
        <source>level</source>
        <comment>kind of id in: duplicate %1 id</comment>
        <translation>level</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="157"/>
        <source>requirement</source>
        <comment>kind of id in: duplicate %1 id</comment>
        <translation>requirement</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="158"/>
        <source>area</source>
        <comment>kind of id in: duplicate %1 id</comment>
        <translation>area</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="159"/>
        <source>question</source>
        <comment>kind of id in: duplicate %1 id</comment>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="161"/>
        <source>a string</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>a string</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="162"/>
        <source>a number</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="163"/>
        <source>a finite number</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>a finite number</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="164"/>
        <source>infinity</source>
        <comment>JSON value in: expected %1, found %2</comment>
        <translation>infinity</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="165"/>
        <source>an integer</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>an integer</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="166"/>
        <source>true or false</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>true or false</translation>
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
        <translation>an array</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="169"/>
        <source>an object</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="170"/>
        <source>an object of texts per language</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>an object of texts per language</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="171"/>
        <source>a question id or null</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>a question id or null</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="172"/>
        <source>an id</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>an id</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="173"/>
        <source>an unsupported value</source>
        <comment>JSON type in: expected %1, found %2</comment>
        <translation>an unsupported value</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="175"/>
        <source>the question list of an area</source>
        <comment>in: %1 must not be empty</comment>
        <translation>the question list of an area</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="176"/>
        <source>0 (exclusive)</source>
        <comment>in: %1 must be between %2 and %3</comment>
        <translation>0 (exclusive)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="177"/>
        <source>it is a folder</source>
        <comment>reason in: cannot open the file: %1</comment>
        <translation>it is a folder</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="178"/>
        <source>permission denied or not readable</source>
        <comment>reason in: cannot open the file: %1</comment>
        <translation>permission denied or not readable</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="179"/>
        <source>read error</source>
        <comment>reason in: cannot open the file: %1</comment>
        <translation>read error</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="244"/>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/diagnostictext.cpp" line="264"/>
        <source>… and %n more</source>
        <comment>problems not listed</comment>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="272"/>
        <source>No migration needed (version %1).</source>
        <translation>No migration needed (version %1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/diagnostictext.cpp" line="274"/>
        <source>Moved from version %1 to version %2: %n answer(s) carried over.</source>
        <translation>
            <numerusform>Moved from version %1 to version %2: %n answer carried over.</numerusform>
            <numerusform>Moved from version %1 to version %2: %n answers carried over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/diagnostictext.cpp" line="278"/>
        <source>%n planned action(s) carried over.</source>
        <translation>
            <numerusform>%n planned action carried over.</numerusform>
            <numerusform>%n planned actions carried over.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="280"/>
        <source>Question %1 is now %2.</source>
        <translation>Question %1 is now %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="282"/>
        <source>Work area %1 is now %2.</source>
        <translation>Work area %1 is now %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/diagnostictext.cpp" line="287"/>
        <source>%n new question(s), not yet answered: %1.</source>
        <translation>
            <numerusform>%n new question, not yet answered: %1.</numerusform>
            <numerusform>%n new questions, not yet answered: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/diagnostictext.cpp" line="294"/>
        <source>%n question(s) now ask something different; the answer was carried over, check it: %1.</source>
        <translation>
            <numerusform>%n question now asks something different; the answer was carried over, check it: %1.</numerusform>
            <numerusform>%n questions now ask something different; the answers were carried over, check them: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="304"/>
        <source>the answer to question %1</source>
        <translation>the answer to question %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="305"/>
        <source>the answer chosen for question %1</source>
        <translation>the answer chosen for question %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="306"/>
        <source>the target for work area %1</source>
        <translation>the target for work area %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="307"/>
        <source>the planned action for question %1</source>
        <translation>the planned action for question %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="311"/>
        <source>the question was removed in version %1</source>
        <translation>the question was removed in version %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="312"/>
        <source>version %1 does not have it</source>
        <translation>version %1 does not have it</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="313"/>
        <source>it was merged into %1, which already has one</source>
        <translation>it was merged into %1, which already has one</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="314"/>
        <source>answer “%1” is not on the answer scale of version %2</source>
        <translation>answer “%1” is not on the answer scale of version %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="316"/>
        <source>Not carried over: %1, because %2.</source>
        <translation>Not carried over: %1, because %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="326"/>
        <source>There is not enough space in the folder “%1”: the disk is full, or the file is larger than that place allows.</source>
        <translation>There is not enough space in the folder “%1”: the disk is full, or the file is larger than that place allows.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="330"/>
        <source>The file is read-only.</source>
        <translation>The file is read-only.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="332"/>
        <source>You do not have permission to save in the folder “%1”.</source>
        <translation>You do not have permission to save in the folder “%1”.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="334"/>
        <source>The folder “%1” is on a read-only disk.</source>
        <translation>The folder “%1” is on a read-only disk.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="336"/>
        <source>The folder “%1” does not exist.</source>
        <translation>The folder “%1” does not exist.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="338"/>
        <source>There is a folder with that name.</source>
        <translation>There is a folder with that name.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/diagnostictext.cpp" line="340"/>
        <source>That name is not a regular file but a device, pipe or socket.</source>
        <translation>That name is not a regular file but a device, pipe or socket.</translation>
    </message>
</context>
<context>
    <name>PresentationText</name>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="14"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="15"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="16"/>
        <source>State agency</source>
        <translation>State agency</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="17"/>
        <source>Other organisation</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="20"/>
        <location filename="../src/gui/text/presentationtext.cpp" line="44"/>
        <source>Not specified</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="31"/>
        <source>Fewer than 15 000 inhabitants</source>
        <translation>Fewer than 15 000 inhabitants</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="32"/>
        <source>15 000–49 999 inhabitants</source>
        <translation>15 000–49 999 inhabitants</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="33"/>
        <source>50 000–99 999 inhabitants</source>
        <translation>50 000–99 999 inhabitants</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="34"/>
        <source>100 000 inhabitants or more</source>
        <translation>100 000 inhabitants or more</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="35"/>
        <source>Fewer than 300 000 inhabitants</source>
        <translation>Fewer than 300 000 inhabitants</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="36"/>
        <source>300 000–999 999 inhabitants</source>
        <translation>300 000–999 999 inhabitants</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="37"/>
        <source>1 million inhabitants or more</source>
        <translation>1 million inhabitants or more</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="38"/>
        <source>Fewer than 50 employees</source>
        <translation>Fewer than 50 employees</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="39"/>
        <source>50–249 employees</source>
        <translation>50–249 employees</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="40"/>
        <source>250–999 employees</source>
        <translation>250–999 employees</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="41"/>
        <source>1 000 employees or more</source>
        <translation>1 000 employees or more</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="56"/>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="82"/>
        <source>Not covered by the Cybersecurity Act (NIS2)</source>
        <translation>Not covered by the Cybersecurity Act (NIS2)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="86"/>
        <source>Covered by the Cybersecurity Act (NIS2) – essential entity</source>
        <translation>Covered by the Cybersecurity Act (NIS2) – essential entity</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="87"/>
        <source>Covered by the Cybersecurity Act (NIS2) – important entity</source>
        <translation>Covered by the Cybersecurity Act (NIS2) – important entity</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="90"/>
        <source>Covered by the Cybersecurity Act (NIS2)</source>
        <translation>Covered by the Cybersecurity Act (NIS2)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="100"/>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="102"/>
        <source>below median</source>
        <translation>below median</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="104"/>
        <source>at median</source>
        <translation>at median</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="106"/>
        <source>above median</source>
        <translation>above median</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/presentationtext.cpp" line="115"/>
        <source>Round %1, %n submission(s)</source>
        <translation>
            <numerusform>Round %1, %n submission</numerusform>
            <numerusform>Round %1, %n submissions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="122"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="123"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="124"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../src/gui/text/presentationtext.cpp" line="125"/>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/presentationtext.cpp" line="135"/>
        <source> … [shortened: %n characters in all]</source>
        <translation>
            <numerusform> … [shortened: %n character in all]</numerusform>
            <numerusform> … [shortened: %n characters in all]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <location filename="../src/gui/report/reportpages.cpp" line="218"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportpages.cpp" line="220"/>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="52"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="64"/>
        <source>Unnamed organisation</source>
        <translation>Unnamed organisation</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="54"/>
        <source>Management report – %1</source>
        <translation>Management report – %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="65"/>
        <source>There is nothing to print on.</source>
        <translation>There is nothing to print on.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="78"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="472"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="476"/>
        <source>Score (0–4)</source>
        <translation>Score (0–4)</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="73"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="75"/>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="92"/>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="103"/>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="104"/>
        <source>1 level</source>
        <translation>1 level</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="104"/>
        <source>%1 levels</source>
        <translation>%1 levels</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="164"/>
        <source>If every action that is not dropped is carried out, the overall level stays at %1.</source>
        <translation>If every action that is not dropped is carried out, the overall level stays at %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportbuilder.cpp" line="175"/>
        <source>The weakest work area(s) without a target hold it there: %1.</source>
        <translation>
            <numerusform>The weakest work area without a target holds it there: %1.</numerusform>
            <numerusform>The weakest work areas without a target hold it there: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="180"/>
        <source>If every action that is not dropped is carried out, the overall level goes from %1 to %2.</source>
        <translation>If every action that is not dropped is carried out, the overall level goes from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="188"/>
        <source>Management report</source>
        <translation>Management report</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="191"/>
        <source>Self-assessment of systematic information security work</source>
        <translation>Self-assessment of systematic information security work</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="211"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="212"/>
        <source>Date of the assessment</source>
        <translation>Date of the assessment</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="221"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="221"/>
        <source>None listed</source>
        <translation>None listed</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="225"/>
        <source>Version %1, %2 · identifier “%3”</source>
        <translation>Version %1, %2 · identifier “%3”</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="227"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="228"/>
        <source>Report generated</source>
        <translation>Report generated</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="229"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="254"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="229"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="444"/>
        <source>Results per work area</source>
        <translation>Results per work area</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="231"/>
        <location filename="../src/gui/report/reportsections.cpp" line="97"/>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="232"/>
        <location filename="../src/gui/report/reportsections.cpp" line="287"/>
        <source>Feedback per work area</source>
        <translation>Feedback per work area</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="232"/>
        <location filename="../src/gui/report/reportsections.cpp" line="363"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="234"/>
        <location filename="../src/gui/report/reportsections.cpp" line="468"/>
        <source>Appendix: all questions</source>
        <translation>Appendix: all questions</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="235"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="237"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="241"/>
        <source>This report includes comments and notes from the assessment. They may contain sensitive information: share the report accordingly.</source>
        <translation>This report includes comments and notes from the assessment. They may contain sensitive information: share the report accordingly.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="243"/>
        <source>Comments and notes from the assessment are not included in this report.</source>
        <translation>Comments and notes from the assessment are not included in this report.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="246"/>
        <source>About the questionnaire</source>
        <translation>About the questionnaire</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="259"/>
        <source>No level could be assessed: too few of the questions are applicable. Every Not applicable answer needs checking.</source>
        <translation>No level could be assessed: too few of the questions are applicable. Every Not applicable answer needs checking.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="264"/>
        <source>Level 1 is not yet in place in every work area. Level 1 means: %1</source>
        <translation>Level 1 is not yet in place in every work area. Level 1 means: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="267"/>
        <source>The basic elements that level 1 describes are not yet in place. Level 1 means: %1</source>
        <translation>The basic elements that level 1 describes are not yet in place. Level 1 means: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="271"/>
        <source>Score %1 of 4</source>
        <translation>Score %1 of 4</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="272"/>
        <source>%1 answered (%2 of %3 questions)</source>
        <translation>%1 answered (%2 of %3 questions)</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="276"/>
        <source>%1 not applicable</source>
        <translation>%1 not applicable</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="280"/>
        <source>Overall level</source>
        <translation>Overall level</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="307"/>
        <source>Work areas by level</source>
        <translation>Work areas by level</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="354"/>
        <source>this organisation&apos;s score %1 is below it.</source>
        <translation>this organisation&apos;s score %1 is below it.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="355"/>
        <source>this organisation&apos;s score %1 is at it.</source>
        <translation>this organisation&apos;s score %1 is at it.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="356"/>
        <source>this organisation&apos;s score %1 is above it.</source>
        <translation>this organisation&apos;s score %1 is above it.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="357"/>
        <source>this organisation&apos;s score %1 is in quartile %2 (Q1 lowest, Q4 highest).</source>
        <translation>this organisation&apos;s score %1 is in quartile %2 (Q1 lowest, Q4 highest).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportbuilder.cpp" line="359"/>
        <source>In the benchmark group “%1” (%n organisation(s)) the median overall score is %2;</source>
        <translation>
            <numerusform>In the benchmark group “%1” (%n organisation) the median overall score is %2;</numerusform>
            <numerusform>In the benchmark group “%1” (%n organisations) the median overall score is %2;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="368"/>
        <source>A group of fewer than %1 organisations has no quartiles: they would be single organisations&apos; scores.</source>
        <translation>A group of fewer than %1 organisations has no quartiles: they would be single organisations&apos; scores.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="416"/>
        <source>First the measures that hold back the weakest work areas, on which the overall level rests; then the first open actions of the action plan.</source>
        <translation>First the measures that hold back the weakest work areas, on which the overall level rests; then the first open actions of the action plan.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="419"/>
        <source>The measures that hold back the weakest work areas, on which the overall level rests.</source>
        <translation>The measures that hold back the weakest work areas, on which the overall level rests.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportbuilder.cpp" line="457"/>
        <source>Compared with the benchmark group “%1” (%n organisation(s)): the group&apos;s median score and where this organisation&apos;s score stands in the group, by quarter (Q1 lowest, Q4 highest) or, in a group too small for quartiles, against the median.</source>
        <translation>
            <numerusform>Compared with the benchmark group “%1” (%n organisation): the group&apos;s median score and where this organisation&apos;s score stands in the group, by quarter (Q1 lowest, Q4 highest) or, in a group too small for quartiles, against the median.</numerusform>
            <numerusform>Compared with the benchmark group “%1” (%n organisations): the group&apos;s median score and where this organisation&apos;s score stands in the group, by quarter (Q1 lowest, Q4 highest) or, in a group too small for quartiles, against the median.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="473"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="516"/>
        <source>Answered: questions with an answer that counts (“Don&apos;t know” does not). Not applicable: answers left out of the scoring. Gap: levels from the level reached to the target. Not assessed: too little of the area is applicable for any level to be assessed.</source>
        <translation>Answered: questions with an answer that counts (“Don&apos;t know” does not). Not applicable: answers left out of the scoring. Gap: levels from the level reached to the target. Not assessed: too little of the area is applicable for any level to be assessed.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="343"/>
        <source>Questions unanswered or answered “Don&apos;t know”: %1. They count as measures not in place, so the result may rise when they are answered.</source>
        <translation>Questions unanswered or answered “Don&apos;t know”: %1. They count as measures not in place, so the result may rise when they are answered.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="392"/>
        <source>Targets are set for %1 of %2 work areas; %3 of them are reached.</source>
        <translation>Targets are set for %1 of %2 work areas; %3 of them are reached.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="403"/>
        <source>Highest-priority gaps</source>
        <translation>Highest-priority gaps</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="408"/>
        <source>There are no gaps: every work area has reached the highest level.</source>
        <translation>There are no gaps: every work area has reached the highest level.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="409"/>
        <source>No measure that is not in place stands in the way: the levels above are not assessed, because too few of their questions are applicable. Review the Not applicable answers.</source>
        <translation>No measure that is not in place stands in the way: the levels above are not assessed, because too few of their questions are applicable. Review the Not applicable answers.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="421"/>
        <source>The first open actions of the action plan, which lists the measures up to each work area&apos;s target, lowest level first.</source>
        <translation>The first open actions of the action plan, which lists the measures up to each work area&apos;s target, lowest level first.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="423"/>
        <source>No action plan applies, so these are the measures that stand between each work area and its next level, lowest level first.</source>
        <translation>No action plan applies, so these are the measures that stand between each work area and its next level, lowest level first.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="425"/>
        <location filename="../src/gui/report/reportsections.cpp" line="117"/>
        <location filename="../src/gui/report/reportsections.cpp" line="472"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="425"/>
        <source>Measure not in place</source>
        <translation>Measure not in place</translation>
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
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="425"/>
        <location filename="../src/gui/report/reportsections.cpp" line="117"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="433"/>
        <location filename="../src/gui/report/reportsections.cpp" line="125"/>
        <source>current answer: %1</source>
        <translation>current answer: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="446"/>
        <source>The chart shows each work area&apos;s score from 0 to 4: the level reached plus the share of the next level that is in place. Squares mark the target levels.</source>
        <translation>The chart shows each work area&apos;s score from 0 to 4: the level reached plus the share of the next level that is in place. Squares mark the target levels.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="449"/>
        <source>The chart shows each work area&apos;s score from 0 to 4: the level reached plus the share of the next level that is in place.</source>
        <translation>The chart shows each work area&apos;s score from 0 to 4: the level reached plus the share of the next level that is in place.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="455"/>
        <source>Level, score, completeness and target per work area</source>
        <translation>Level, score, completeness and target per work area</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="472"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="476"/>
        <location filename="../src/gui/report/reportsections.cpp" line="31"/>
        <source>Work area</source>
        <translation>Work area</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="472"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="476"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="476"/>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="472"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="477"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="321"/>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="334"/>
        <source>Strongest work area: %1 (%2, score %3). Weakest: %4 (%5).</source>
        <translation>Strongest work area: %1 (%2, score %3). Weakest: %4 (%5).</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="374"/>
        <location filename="../src/gui/report/reportbuilder.cpp" line="469"/>
        <source>Fictitious example data, not real results.</source>
        <translation>Fictitious example data, not real results.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="463"/>
        <source>Benchmark: %1, generated %2.</source>
        <translation>Benchmark: %1, generated %2.</translation>
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
        <translation>Group median</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportbuilder.cpp" line="513"/>
        <location filename="../src/gui/report/reportsections.cpp" line="58"/>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="17"/>
        <source>Development over time</source>
        <translation>Development over time</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="21"/>
        <source>Level and score per work area in %n assessment(s) of the organisation, oldest first. Overall: %1 (score %2) on %3, %4 (score %5) on %6.</source>
        <translation>
            <numerusform>Level and score per work area in %n assessment of the organisation, oldest first. Overall: %1 (score %2) on %3, %4 (score %5) on %6.</numerusform>
            <numerusform>Level and score per work area in %n assessments of the organisation, oldest first. Overall: %1 (score %2) on %3, %4 (score %5) on %6.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="38"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="48"/>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="63"/>
        <source>Only the %1 most recent assessments are shown; the first is from %2.</source>
        <translation>Only the %1 most recent assessments are shown; the first is from %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="66"/>
        <source>Change: the difference in score between the first and the last assessment shown.</source>
        <translation>Change: the difference in score between the first and the last assessment shown.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="69"/>
        <source>The assessment of %1 was made with version %2 of the questionnaire and was carried over to version %3; %n item(s) could not be carried over.</source>
        <translation>
            <numerusform>The assessment of %1 was made with version %2 of the questionnaire and was carried over to version %3; %n item could not be carried over.</numerusform>
            <numerusform>The assessment of %1 was made with version %2 of the questionnaire and was carried over to version %3; %n items could not be carried over.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="82"/>
        <source>The assessments name different organisations: %1.</source>
        <translation>The assessments name different organisations: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="91"/>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="100"/>
        <source>Every work area has reached its target. There is nothing left to plan.</source>
        <translation>Every work area has reached its target. There is nothing left to plan.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="101"/>
        <source>No targets are set, so there is no action plan. Set a target level per work area; the plan then lists every measure up to it.</source>
        <translation>No targets are set, so there is no action plan. Set a target level per work area; the plan then lists every measure up to it.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="112"/>
        <source>The plan lists every measure that is not fully in place, up to each work area&apos;s target level: %1 actions, %2 of them not yet done.</source>
        <translation>The plan lists every measure that is not fully in place, up to each work area&apos;s target level: %1 actions, %2 of them not yet done.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="117"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="117"/>
        <source>Due date</source>
        <translation>Due date</translation>
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
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="158"/>
        <source>Comment:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="175"/>
        <source>Not applicable is not allowed for this question; it counts as unanswered.</source>
        <translation>Not applicable is not allowed for this question; it counts as unanswered.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="177"/>
        <source>No reason given.</source>
        <translation>No reason given.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="186"/>
        <source>Not applicable answers and their reasons</source>
        <translation>Not applicable answers and their reasons</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="188"/>
        <source>%n question(s) answered Not applicable. They are left out of the scoring, so the result rests on these reasons; they are shown even when comments are left out of the report.</source>
        <translation>
            <numerusform>%n question answered Not applicable. It is left out of the scoring, so the result rests on this reason; it is shown even when comments are left out of the report.</numerusform>
            <numerusform>%n questions answered Not applicable. They are left out of the scoring, so the result rests on these reasons; they are shown even when comments are left out of the report.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="192"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="204"/>
        <source>Requirements: %1</source>
        <translation>Requirements: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="211"/>
        <source>%n met</source>
        <translation>
            <numerusform>%n met</numerusform>
            <numerusform>%n met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="212"/>
        <source>%n partly</source>
        <translation>
            <numerusform>%n partly</numerusform>
            <numerusform>%n partly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="213"/>
        <source>%n not met</source>
        <translation>
            <numerusform>%n not met</numerusform>
            <numerusform>%n not met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="214"/>
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n not applicable</numerusform>
            <numerusform>%n not applicable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="215"/>
        <source>%n not answered</source>
        <translation>
            <numerusform>%n not answered</numerusform>
            <numerusform>%n not answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="217"/>
        <source>%n not covered by the questionnaire</source>
        <translation>
            <numerusform>%n not covered by the questionnaire</numerusform>
            <numerusform>%n not covered by the questionnaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportsections.cpp" line="219"/>
        <source>%n requirement(s): %1.</source>
        <translation>
            <numerusform>%n requirement: %1.</numerusform>
            <numerusform>%n requirements: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="222"/>
        <source>The status comes from the answers to the questions that evidence each requirement: met when all of them are in place. &quot;Not covered&quot; means that no question of this questionnaire evidences the requirement, so the assessment says nothing about it; it is never counted as met.</source>
        <translation>The status comes from the answers to the questions that evidence each requirement: met when all of them are in place. &quot;Not covered&quot; means that no question of this questionnaire evidences the requirement, so the assessment says nothing about it; it is never counted as met.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="226"/>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="226"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="226"/>
        <source>In place</source>
        <translation>In place</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="262"/>
        <source>Not yet met</source>
        <translation>Not yet met</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="264"/>
        <source>Every requirement that the questionnaire covers is met.</source>
        <translation>Every requirement that the questionnaire covers is met.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="276"/>
        <source>Not covered by this assessment</source>
        <translation>Not covered by this assessment</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="278"/>
        <source>No question of the questionnaire evidences these requirements. Assess them separately before concluding that the organisation meets the set.</source>
        <translation>No question of the questionnaire evidences these requirements. Assess them separately before concluding that the organisation meets the set.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="289"/>
        <source>For each work area: the level reached and what the next level requires, that is the measures up to that level that are not fully in place, with advice and links to guidance.</source>
        <translation>For each work area: the level reached and what the next level requires, that is the measures up to that level that are not fully in place, with advice and links to guidance.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="303"/>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="310"/>
        <source>The area has reached the highest level. Keep the work going and repeat the assessment to see that it stays there.</source>
        <translation>The area has reached the highest level. Keep the work going and repeat the assessment to see that it stays there.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="256"/>
        <location filename="../src/gui/report/reportsections.cpp" line="323"/>
        <source>answer: %1</source>
        <translation>answer: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="329"/>
        <source>Guidance:</source>
        <translation>Guidance:</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="335"/>
        <source>To reach %1:</source>
        <translation>To reach %1:</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="337"/>
        <source>Answer the remaining questions of this level.</source>
        <translation>Answer the remaining questions of this level.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="352"/>
        <source>Other comments:</source>
        <translation>Other comments:</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="356"/>
        <source>Guidance for the work area:</source>
        <translation>Guidance for the work area:</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="366"/>
        <source>The assessment was scored with the rule “%1” of the questionnaire “%2”, version %3.</source>
        <translation>The assessment was scored with the rule “%1” of the questionnaire “%2”, version %3.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="371"/>
        <location filename="../src/gui/report/reportsections.cpp" line="406"/>
        <source>Each answer has a value between 0 and 1 (see the answer scale below). An unanswered question counts as 0: the measure is not in place.</source>
        <translation>Each answer has a value between 0 and 1 (see the answer scale below). An unanswered question counts as 0: the measure is not in place.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="373"/>
        <source>Not applicable leaves a question out of the calculation. It needs a reason, and the basic questions of level 1 do not offer it: a public body cannot declare them not applicable.</source>
        <translation>Not applicable leaves a question out of the calculation. It needs a reason, and the basic questions of level 1 do not offer it: a public body cannot declare them not applicable.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="375"/>
        <source>For each level of a work area, the share met is the sum of weight × value divided by the sum of weights, over the level&apos;s questions that are applicable.</source>
        <translation>For each level of a work area, the share met is the sum of weight × value divided by the sum of weights, over the level&apos;s questions that are applicable.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="377"/>
        <source>A level is assessed only when at least %1 % of its questions&apos; weight is applicable. A level that is not assessed is not met, so Not applicable answers can never lift a work area to a level.</source>
        <translation>A level is assessed only when at least %1 % of its questions&apos; weight is applicable. A level that is not assessed is not met, so Not applicable answers can never lift a work area to a level.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="380"/>
        <source>A level is met when its share reaches the level&apos;s threshold. The levels are cumulative: a work area has reached the highest level for which every level up to it is met. A level without questions in the area is skipped.</source>
        <translation>A level is met when its share reaches the level&apos;s threshold. The levels are cumulative: a work area has reached the highest level for which every level up to it is met. A level without questions in the area is skipped.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="383"/>
        <source>The overall level is that of the weakest work area: security is no stronger than its weakest link. The mean score of the work areas and the share met of all questions are shown for information only.</source>
        <translation>The overall level is that of the weakest work area: security is no stronger than its weakest link. The mean score of the work areas and the share met of all questions are shown for information only.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="386"/>
        <source>The score (0–4) is the level reached plus the share met of the next level, cut to two decimals and never rounded up, so it never suggests a level that is not reached.</source>
        <translation>The score (0–4) is the level reached plus the share met of the next level, cut to two decimals and never rounded up, so it never suggests a level that is not reached.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="408"/>
        <source>Answers that are excluded (Not applicable) leave the calculation: the question counts in neither the numerator nor the denominator.</source>
        <translation>Answers that are excluded (Not applicable) leave the calculation: the question counts in neither the numerator nor the denominator.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="410"/>
        <source>For each level, the share met is the sum of weight × value divided by the sum of weights, over the level&apos;s questions that are not excluded.</source>
        <translation>For each level, the share met is the sum of weight × value divided by the sum of weights, over the level&apos;s questions that are not excluded.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="412"/>
        <source>A level is met when its share reaches the level&apos;s threshold. A level without such questions cannot be assessed and does not block the levels above it.</source>
        <translation>A level is met when its share reaches the level&apos;s threshold. A level without such questions cannot be assessed and does not block the levels above it.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="414"/>
        <source>The levels are cumulative: the level reached is the highest level for which every assessable level up to it is met.</source>
        <translation>The levels are cumulative: the level reached is the highest level for which every assessable level up to it is met.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="416"/>
        <source>The score (0–4) is the level reached plus the share met of the next assessable level, so it never suggests a level that is not reached.</source>
        <translation>The score (0–4) is the level reached plus the share met of the next assessable level, so it never suggests a level that is not reached.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="388"/>
        <location filename="../src/gui/report/reportsections.cpp" line="418"/>
        <source>Completeness is the share of questions answered; “Don&apos;t know” does not count as answered, Not applicable does.</source>
        <translation>Completeness is the share of questions answered; “Don&apos;t know” does not count as answered, Not applicable does.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="394"/>
        <source>Level %1 is met only when, besides its threshold, every applicable question of the level is at least “%2”: a single question below it keeps the work area below the level.</source>
        <translation>Level %1 is met only when, besides its threshold, every applicable question of the level is at least “%2”: a single question below it keeps the work area below the level.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="420"/>
        <source>The rule is applied to each work area and to the questionnaire as a whole (the overall level).</source>
        <translation>The rule is applied to each work area and to the questionnaire as a whole (the overall level).</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="428"/>
        <source>Levels and thresholds</source>
        <translation>Levels and thresholds</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="429"/>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="429"/>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="439"/>
        <source>and every question at least “%1”</source>
        <translation>and every question at least “%1”</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="445"/>
        <source>Answer scale</source>
        <translation>Answer scale</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="447"/>
        <location filename="../src/gui/report/reportsections.cpp" line="472"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="447"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="447"/>
        <source>Counts as answered</source>
        <translation>Counts as answered</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="447"/>
        <source>In the scoring</source>
        <translation>In the scoring</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="453"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="453"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="454"/>
        <source>Left out (not applicable)</source>
        <translation>Left out (not applicable)</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="454"/>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="460"/>
        <source>The result is a self-assessment by the organisation. It shows how systematic the information security work is according to the organisation&apos;s own answers; it is not an audit.</source>
        <translation>The result is a self-assessment by the organisation. It shows how systematic the information security work is according to the organisation&apos;s own answers; it is not an audit.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="192"/>
        <location filename="../src/gui/report/reportsections.cpp" line="472"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="472"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="475"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportsections.cpp" line="483"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="79"/>
        <source>Target level</source>
        <translation>Target level</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="82"/>
        <source>Median: %1</source>
        <translation>Median: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="135"/>
        <source>The report could not be drawn on the output device.</source>
        <translation>The report could not be drawn on the output device.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="148"/>
        <source>A new page could not be started.</source>
        <translation>A new page could not be started.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="163"/>
        <source>The report could not be completed.</source>
        <translation>The report could not be completed.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/report.cpp" line="199"/>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” could not be written: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reporthtml.cpp" line="51"/>
        <source> … [shortened: %n characters in all; the whole text is in the assessment file]</source>
        <translation>
            <numerusform> … [shortened: %n character in all; the whole text is in the assessment file]</numerusform>
            <numerusform> … [shortened: %n characters in all; the whole text is in the assessment file]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="18"/>
        <source>✓ Met</source>
        <translation>✓ Met</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="19"/>
        <source>◐ Partly</source>
        <translation>◐ Partly</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="20"/>
        <source>✗ Not met</source>
        <translation>✗ Not met</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="21"/>
        <source>– Not applicable</source>
        <translation>– Not applicable</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="22"/>
        <source>? Not answered</source>
        <translation>? Not answered</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="23"/>
        <source>○ Not covered</source>
        <translation>○ Not covered</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="31"/>
        <source>Level 1 not yet reached</source>
        <translation>Level 1 not yet reached</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="42"/>
        <source>Below level 1</source>
        <translation>Below level 1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="42"/>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="47"/>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="54"/>
        <source>%1%2 % in %3</source>
        <translation>%1%2 % in %3</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="55"/>
        <source>about </source>
        <translation>about </translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="58"/>
        <source>National comparison: in MSB&apos;s follow-up of Infosäkkollen, %1 of the public organisations that took part reached at least level 1. This assessment: %2.</source>
        <translation>National comparison: in MSB&apos;s follow-up of Infosäkkollen, %1 of the public organisations that took part reached at least level 1. This assessment: %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="60"/>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="65"/>
        <source>Source: %1. The figures describe all participants together; MSB published no breakdown by group or work area.</source>
        <translation>Source: %1. The figures describe all participants together; MSB published no breakdown by group or work area.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="72"/>
        <location filename="../src/gui/text/statustext.cpp" line="77"/>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="102"/>
        <source>The overall level is computed from all questions together (rule %1 of this questionnaire version), so it can be higher than that of the weakest work area.</source>
        <translation>The overall level is computed from all questions together (rule %1 of this questionnaire version), so it can be higher than that of the weakest work area.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/statustext.cpp" line="105"/>
        <source>The overall level is that of the weakest work area(s): %1.</source>
        <translation>
            <numerusform>The overall level is that of the weakest work area: %1.</numerusform>
            <numerusform>The overall level is that of the weakest work areas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="114"/>
        <source>For information, not the level: mean score of the work areas %1 · %2 % of all applicable questions met</source>
        <translation>For information, not the level: mean score of the work areas %1 · %2 % of all applicable questions met</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/statustext.cpp" line="124"/>
        <source>Not assessed, as nothing there is applicable: %1.</source>
        <translation>
            <numerusform>Not assessed, as nothing there is applicable: %1.</numerusform>
            <numerusform>Not assessed, as nothing there is applicable: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/statustext.cpp" line="133"/>
        <source>%n Not applicable without a reason</source>
        <translation>
            <numerusform>%n Not applicable without a reason</numerusform>
            <numerusform>%n Not applicable without a reason</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/statustext.cpp" line="135"/>
        <source>%n Not applicable where it is not allowed (counted as unanswered)</source>
        <translation>
            <numerusform>%n Not applicable where it is not allowed (counted as unanswered)</numerusform>
            <numerusform>%n Not applicable where it is not allowed (counted as unanswered)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="154"/>
        <source>Level %1 is not assessed: %2 % of its questions&apos; weight is applicable, and at least %3 % must be. Not applicable answers cannot reach a level.</source>
        <translation>Level %1 is not assessed: %2 % of its questions&apos; weight is applicable, and at least %3 % must be. Not applicable answers cannot reach a level.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/statustext.cpp" line="181"/>
        <source>Level %1 needs every one of its questions at least “%2”; %n is not yet.</source>
        <translation>
            <numerusform>Level %1 needs every one of its questions at least “%2”; %n is not yet.</numerusform>
            <numerusform>Level %1 needs every one of its questions at least “%2”; %n are not yet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="208"/>
        <source>Version %1 scores under a stricter rule: Not applicable answers can no longer lift a level, and the overall level is that of the weakest work area instead of all questions pooled.</source>
        <translation>Version %1 scores under a stricter rule: Not applicable answers can no longer lift a level, and the overall level is that of the weakest work area instead of all questions pooled.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="213"/>
        <source>Version %1 scores under another rule (%2 instead of %3).</source>
        <translation>Version %1 scores under another rule (%2 instead of %3).</translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="217"/>
        <source>The same answers give overall %1 under the old rule and %2 under the new one.</source>
        <translation>The same answers give overall %1 under the old rule and %2 under the new one.</translation>
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
            <numerusform>%n question of version %1 did not exist when it was made; it counts as not answered.</numerusform>
            <numerusform>%n questions of version %1 did not exist when it was made; they count as not answered.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/statustext.cpp" line="244"/>
        <source>Scored here under the rule %1 of version %2; it was made under %3, so its levels can differ from those reported then.</source>
        <translation>Scored here under the rule %1 of version %2; it was made under %3, so its levels can differ from those reported then.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../src/gui/document/undocommands.cpp" line="42"/>
        <source>Edit assessment details</source>
        <translation>Edit assessment details</translation>
    </message>
    <message>
        <location filename="../src/gui/document/undocommands.cpp" line="60"/>
        <source>Set target</source>
        <translation>Set target</translation>
    </message>
    <message>
        <location filename="../src/gui/document/undocommands.cpp" line="79"/>
        <source>Edit action</source>
        <translation>Edit action</translation>
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
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="53"/>
        <source>Plan &amp;towards:</source>
        <translation>Plan &amp;towards:</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="56"/>
        <source>Plan towards</source>
        <translation>Plan towards</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="57"/>
        <source>The target levels of the work areas</source>
        <translation>The target levels of the work areas</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="75"/>
        <source>Actions</source>
        <translation>Actions</translation>
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
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="172"/>
        <source>Work area</source>
        <translation>Work area</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="173"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="174"/>
        <source>Current answer</source>
        <translation>Current answer</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="175"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="176"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="178"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="179"/>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="180"/>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="137"/>
        <source>Type in a cell or press F2 to edit owner, due date (YYYY-MM-DD), status and note; Enter on a guidance cell opens the link.</source>
        <translation>Type in a cell or press F2 to edit owner, due date (YYYY-MM-DD), status and note; Enter on a guidance cell opens the link.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="143"/>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Export to CSV…</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="207"/>
        <source>Every requirement that the questionnaire covers is met or not applicable. There is nothing left to plan.</source>
        <translation>Every requirement that the questionnaire covers is met or not applicable. There is nothing left to plan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/actionplanpage.cpp" line="210"/>
        <source>If every action that is not dropped is carried out, %1 of the %n requirement(s) that the questionnaire covers are met (today %2).</source>
        <translation>
            <numerusform>If every action that is not dropped is carried out, %1 of the %n requirement that the questionnaire covers is met (today %2).</numerusform>
            <numerusform>If every action that is not dropped is carried out, %1 of the %n requirements that the questionnaire covers are met (today %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/actionplanpage.cpp" line="217"/>
        <source>%n requirement(s) of the set are not covered by the questionnaire and need an assessment of their own; see the Requirements tab.</source>
        <translation>
            <numerusform>%n requirement of the set is not covered by the questionnaire and needs an assessment of its own; see the Requirements tab.</numerusform>
            <numerusform>%n requirements of the set are not covered by the questionnaire and need an assessment of their own; see the Requirements tab.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="222"/>
        <source>No targets are set. Set a target level per work area in the overview; the plan then lists every question that stands between the area and its target.</source>
        <translation>No targets are set. Set a target level per work area in the overview; the plan then lists every question that stands between the area and its target.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="224"/>
        <source>Every work area has reached its target. There is nothing left to plan.</source>
        <translation>Every work area has reached its target. There is nothing left to plan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/actionplanpage.cpp" line="199"/>
        <source>%n action(s), %1 not yet done.</source>
        <translation>
            <numerusform>%n action, %1 not yet done.</numerusform>
            <numerusform>%n actions, %1 not yet done.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="59"/>
        <source>The requirements of %1</source>
        <translation>The requirements of %1</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="228"/>
        <source>If every action that is not dropped is carried out, the overall result goes from %1 to %2.</source>
        <translation>If every action that is not dropped is carried out, the overall result goes from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanmodel.cpp" line="152"/>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="260"/>
        <source>-action-plan</source>
        <translation>-action-plan</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="262"/>
        <source>Export Action Plan</source>
        <translation>Export Action Plan</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="263"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="269"/>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/actionplanpage.cpp" line="270"/>
        <source>The action plan could not be written to “%1”.</source>
        <translation>The action plan could not be written to “%1”.</translation>
    </message>
</context>
<context>
    <name>kollen::gui::AreaPage</name>
    <message>
        <location filename="../src/gui/pages/areapage.cpp" line="48"/>
        <source>Guidance:</source>
        <translation>Guidance:</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/areapage.cpp" line="59"/>
        <source>Area status</source>
        <translation>Area status</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/areapage.cpp" line="70"/>
        <source>What the next level requires</source>
        <translation>What the next level requires</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/areapage.cpp" line="168"/>
        <source>The area has reached the highest level. Keep the work going and repeat the assessment to see that it stays there.</source>
        <translation>The area has reached the highest level. Keep the work going and repeat the assessment to see that it stays there.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/areapage.cpp" line="193"/>
        <source>To reach %1:</source>
        <translation>To reach %1:</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/areapage.cpp" line="195"/>
        <source>Answer the remaining questions of this level.</source>
        <translation>Answer the remaining questions of this level.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/areapage.cpp" line="199"/>
        <source>… and %n more below.</source>
        <translation>
            <numerusform>… and %n more below.</numerusform>
            <numerusform>… and %n more below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kollen::gui::AssessmentDetailsWidget</name>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="53"/>
        <source>Required, e.g. Exampleton Municipality</source>
        <translation>Required, e.g. Exampleton Municipality</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="54"/>
        <source>Organisation name</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="55"/>
        <source>Required. The name of the organisation that is assessed.</source>
        <translation>Required. The name of the organisation that is assessed.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="60"/>
        <source>Organisation type</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="67"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="68"/>
        <source>Number of inhabitants or employees; choose the type first.</source>
        <translation>Number of inhabitants or employees; choose the type first.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="73"/>
        <source>Covered by the Cybersecurity Act</source>
        <translation>Covered by the Cybersecurity Act</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="74"/>
        <source>Cybersäkerhetslagen (SFS 2025:1506), Sweden&apos;s NIS2 law, has applied since 15 January 2026 to every municipality and region and to many state agencies.</source>
        <translation>Cybersäkerhetslagen (SFS 2025:1506), Sweden&apos;s NIS2 law, has applied since 15 January 2026 to every municipality and region and to many state agencies.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="76"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="77"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="78"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="81"/>
        <source>Kind of entity under the Cybersecurity Act</source>
        <translation>Kind of entity under the Cybersecurity Act</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="83"/>
        <source>Essential entity (väsentlig verksamhetsutövare)</source>
        <translation>Essential entity (väsentlig verksamhetsutövare)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="84"/>
        <source>Important entity (viktig verksamhetsutövare)</source>
        <translation>Important entity (viktig verksamhetsutövare)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="89"/>
        <source>Date of the assessment</source>
        <translation>Date of the assessment</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="95"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="97"/>
        <source>One row per participant. F2 edits a cell, Delete removes the row, Tab leaves the table.</source>
        <translation>One row per participant. F2 edits a cell, Delete removes the row, Tab leaves the table.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="98"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="98"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="110"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="112"/>
        <source>Add participant</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="114"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="116"/>
        <source>Remove participant</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="122"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="123"/>
        <source>About the assessment as a whole, e.g. when and how it was carried out</source>
        <translation>About the assessment as a whole, e.g. when and how it was carried out</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="145"/>
        <source>Organisation &amp;name:</source>
        <translation>Organisation &amp;name:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="146"/>
        <source>Organisation &amp;type:</source>
        <translation>Organisation &amp;type:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="147"/>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="148"/>
        <source>C&amp;ybersecurity Act applies:</source>
        <translation>C&amp;ybersecurity Act applies:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="149"/>
        <source>&amp;Entity:</source>
        <translation>&amp;Entity:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="150"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="151"/>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="152"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="82"/>
        <location filename="../src/gui/dialogs/assessmentdetailswidget.cpp" line="259"/>
        <source>Not specified</source>
        <translation>Not specified</translation>
    </message>
</context>
<context>
    <name>kollen::gui::ComparisonPage</name>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="46"/>
        <source>Change since the previous assessment</source>
        <translation>Change since the previous assessment</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="54"/>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="60"/>
        <source>Work area</source>
        <translation>Work area</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="54"/>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="60"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="54"/>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="60"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="54"/>
        <source>Change in score</source>
        <translation>Change in score</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="56"/>
        <source>Change per work area</source>
        <translation>Change per work area</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="59"/>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="62"/>
        <source>Changed answers</source>
        <translation>Changed answers</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="60"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="60"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="81"/>
        <source>No previous assessment is open. Use File ▸ Compare with Previous Assessment.</source>
        <translation>No previous assessment is open. Use File ▸ Compare with Previous Assessment.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="89"/>
        <source>Compared with %1 (%2): overall %3 then, %4 now.</source>
        <translation>Compared with %1 (%2): overall %3 then, %4 now.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="91"/>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/comparisonpage.cpp" line="96"/>
        <source>The previous assessment was made with an older version of the questionnaire and was carried over; %n item(s) could not be carried over.</source>
        <translation>
            <numerusform>The previous assessment was made with an older version of the questionnaire and was carried over; %n item could not be carried over.</numerusform>
            <numerusform>The previous assessment was made with an older version of the questionnaire and was carried over; %n items could not be carried over.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="117"/>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="135"/>
        <source>= same value</source>
        <translation>= same value</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="136"/>
        <source>▲ better</source>
        <translation>▲ better</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/comparisonpage.cpp" line="136"/>
        <source>▼ worse</source>
        <translation>▼ worse</translation>
    </message>
</context>
<context>
    <name>kollen::gui::ComparisonWorkflow</name>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="40"/>
        <source>Assessments (*.isk);;All files (*)</source>
        <translation>Assessments (*.isk);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="55"/>
        <source>Compare with Previous Assessment</source>
        <translation>Compare with Previous Assessment</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="71"/>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="79"/>
        <source>Cannot Compare</source>
        <translation>Cannot Compare</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="71"/>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="111"/>
        <source>“%1” could not be opened.</source>
        <translation>“%1” could not be opened.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="80"/>
        <source>“%1” cannot be compared with this assessment.</source>
        <translation>“%1” cannot be compared with this assessment.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="93"/>
        <source>Show Trend over Earlier Assessments</source>
        <translation>Show Trend over Earlier Assessments</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="111"/>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="121"/>
        <source>Cannot Show Trend</source>
        <translation>Cannot Show Trend</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="122"/>
        <source>“%1” cannot be part of this trend.</source>
        <translation>“%1” cannot be part of this trend.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="134"/>
        <source>Load Benchmark</source>
        <translation>Load Benchmark</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="136"/>
        <source>Benchmarks (*.json);;All files (*)</source>
        <translation>Benchmarks (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="151"/>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="156"/>
        <source>Cannot Load Benchmark</source>
        <translation>Cannot Load Benchmark</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="151"/>
        <source>“%1” could not be loaded.</source>
        <translation>“%1” could not be loaded.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="157"/>
        <source>“%1” is a benchmark for questionnaire “%2”, not for “%3”.</source>
        <translation>“%1” is a benchmark for questionnaire “%2”, not for “%3”.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="165"/>
        <source>Benchmark Loaded with Warnings</source>
        <translation>Benchmark Loaded with Warnings</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="166"/>
        <source>“%1” was loaded. Keep its warnings in mind before you share its figures:</source>
        <translation>“%1” was loaded. Keep its warnings in mind before you share its figures:</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="184"/>
        <source>submission</source>
        <translation>submission</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="187"/>
        <source>Export Anonymised Submission</source>
        <translation>Export Anonymised Submission</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="188"/>
        <source>Submissions (*.json)</source>
        <translation>Submissions (*.json)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="196"/>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="197"/>
        <source>“%1” could not be written.</source>
        <translation>“%1” could not be written.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/comparisonworkflow.cpp" line="200"/>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
</context>
<context>
    <name>kollen::gui::DetailsDialog</name>
    <message>
        <location filename="../src/gui/dialogs/detailsdialog.cpp" line="15"/>
        <source>Assessment Details</source>
        <translation>Assessment Details</translation>
    </message>
</context>
<context>
    <name>kollen::gui::Document</name>
    <message>
        <location filename="../src/gui/document/document.cpp" line="104"/>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../src/gui/document/document.cpp" line="169"/>
        <source>Edit comment</source>
        <translation>Edit comment</translation>
    </message>
    <message>
        <location filename="../src/gui/document/document.cpp" line="170"/>
        <source>Edit evidence</source>
        <translation>Edit evidence</translation>
    </message>
    <message>
        <location filename="../src/gui/document/document.cpp" line="171"/>
        <source>Edit differing views</source>
        <translation>Edit differing views</translation>
    </message>
    <message>
        <location filename="../src/gui/document/document.cpp" line="173"/>
        <source>Change follow-up flag</source>
        <translation>Change follow-up flag</translation>
    </message>
    <message>
        <location filename="../src/gui/document/document.cpp" line="174"/>
        <source>Mark as not agreed</source>
        <translation>Mark as not agreed</translation>
    </message>
    <message>
        <location filename="../src/gui/document/document.cpp" line="175"/>
        <source>Answer question</source>
        <translation>Answer question</translation>
    </message>
</context>
<context>
    <name>kollen::gui::FileWorkflow</name>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="39"/>
        <source>Infosäkkollen assessments (*.isk)</source>
        <translation>Infosäkkollen assessments (*.isk)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="39"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="66"/>
        <source>Open Assessment</source>
        <translation>Open Assessment</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="82"/>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="103"/>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="204"/>
        <source>Cannot Open Assessment</source>
        <translation>Cannot Open Assessment</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="82"/>
        <source>“%1” could not be opened.</source>
        <translation>“%1” could not be opened.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="83"/>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="106"/>
        <source>Nothing was changed. The problems found:</source>
        <translation>Nothing was changed. The problems found:</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="104"/>
        <source>“%1” cannot be carried over to the available version of its questionnaire.</source>
        <translation>“%1” cannot be carried over to the available version of its questionnaire.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="143"/>
        <source>Assessment Updated to a New Questionnaire Version</source>
        <translation>Assessment Updated to a New Questionnaire Version</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/shell/fileworkflow.cpp" line="144"/>
        <source>“%1” was made with version %2 of the questionnaire and has been moved to version %3. %n answer(s) could not be carried over.</source>
        <translation>
            <numerusform>“%1” was made with version %2 of the questionnaire and has been moved to version %3. %n answer could not be carried over.</numerusform>
            <numerusform>“%1” was made with version %2 of the questionnaire and has been moved to version %3. %n answers could not be carried over.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="121"/>
        <source>Save it under a new name to keep the original file unchanged.</source>
        <translation>Save it under a new name to keep the original file unchanged.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/shell/fileworkflow.cpp" line="123"/>
        <source>The new version has %n question(s) that the old one did not have; they are not yet answered.</source>
        <translation>
            <numerusform>The new version has %n question that the old one did not have; it is not yet answered.</numerusform>
            <numerusform>The new version has %n questions that the old one did not have; they are not yet answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/shell/fileworkflow.cpp" line="128"/>
        <source>%n answer(s) were carried over to questions that now ask something different; check them (they are named in the details).</source>
        <translation>
            <numerusform>%n answer was carried over to a question that now asks something different; check it (it is named in the details).</numerusform>
            <numerusform>%n answers were carried over to questions that now ask something different; check them (they are named in the details).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="139"/>
        <source>Level per work area, old rule → new rule:</source>
        <translation>Level per work area, old rule → new rule:</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/shell/fileworkflow.cpp" line="156"/>
        <source>Opened with %n warning(s); see the details when saving.</source>
        <translation>
            <numerusform>Opened with %n warning; see the details when saving.</numerusform>
            <numerusform>Opened with %n warnings; see the details when saving.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="159"/>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="169"/>
        <source>Questionnaire Not Available</source>
        <translation>Questionnaire Not Available</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="170"/>
        <source>“%1” was made with questionnaire “%2”, version %3, which is not available in this program.</source>
        <translation>“%1” was made with questionnaire “%2”, version %3, which is not available in this program.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="175"/>
        <source>Version %1 of that questionnaire is available, but it cannot take over answers from version %2.</source>
        <translation>Version %1 of that questionnaire is available, but it cannot take over answers from version %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="179"/>
        <source>If you have the questionnaire file (.json), for example from whoever made the assessment, locate it to open the assessment. Nothing was changed.</source>
        <translation>If you have the questionnaire file (.json), for example from whoever made the assessment, locate it to open the assessment. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="183"/>
        <source>&amp;Locate Questionnaire…</source>
        <translation>&amp;Locate Questionnaire…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="190"/>
        <source>Locate Questionnaire “%1”, Version %2</source>
        <translation>Locate Questionnaire “%1”, Version %2</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="192"/>
        <source>Questionnaires (*.json);;All files (*)</source>
        <translation>Questionnaires (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="197"/>
        <source>Cannot Load Questionnaire</source>
        <translation>Cannot Load Questionnaire</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="198"/>
        <source>“%1” is not a questionnaire this program can use.</source>
        <translation>“%1” is not a questionnaire this program can use.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="199"/>
        <source>The assessment was not opened. The problems found:</source>
        <translation>The assessment was not opened. The problems found:</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="204"/>
        <source>The assessment was not opened.</source>
        <translation>The assessment was not opened.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="208"/>
        <source>“%1” is questionnaire “%2”, version %3, not “%4”.</source>
        <translation>“%1” is questionnaire “%2”, version %3, not “%4”.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="218"/>
        <source>“%1” is version %2 of the questionnaire, which cannot take over answers from version %3.</source>
        <translation>“%1” is version %2 of the questionnaire, which cannot take over answers from version %3.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="226"/>
        <source>Save Failed</source>
        <translation>Save Failed</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="227"/>
        <source>The assessment could not be saved to “%1”.</source>
        <translation>The assessment could not be saved to “%1”.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="230"/>
        <source>Nothing was changed on disk, and your work is still open. Choose Save As to save it somewhere else.</source>
        <translation>Nothing was changed on disk, and your work is still open. Choose Save As to save it somewhere else.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="234"/>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="265"/>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="253"/>
        <source>File Changed on Disk</source>
        <translation>File Changed on Disk</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="254"/>
        <source>The file “%1” was changed on disk by another program since you opened it.</source>
        <translation>The file “%1” was changed on disk by another program since you opened it.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="258"/>
        <source>Changed: %1. Overwrite it with your version, or save your version under another name?</source>
        <translation>Changed: %1. Overwrite it with your version, or save your version under another name?</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="261"/>
        <source>If you overwrite it, the version on disk is kept as “%1”.</source>
        <translation>If you overwrite it, the version on disk is kept as “%1”.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="264"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overwrite</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="282"/>
        <source>File Saved Again</source>
        <translation>File Saved Again</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="283"/>
        <source>“%1” was no longer on disk: another program moved or deleted it. Your assessment has been saved there again.</source>
        <translation>“%1” was no longer on disk: another program moved or deleted it. Your assessment has been saved there again.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="286"/>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="322"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="303"/>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="307"/>
        <source>Save Assessment As</source>
        <translation>Save Assessment As</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="331"/>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="332"/>
        <source>“%1” has unsaved changes. Do you want to save them?</source>
        <translation>“%1” has unsaved changes. Do you want to save them?</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="357"/>
        <source>The file is damaged.</source>
        <translation>The file is damaged.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="359"/>
        <source>It belongs to questionnaire “%1”, version %2, which is not available.</source>
        <translation>It belongs to questionnaire “%1”, version %2, which is not available.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="363"/>
        <source>Its answers cannot be carried over to the available version of the questionnaire.</source>
        <translation>Its answers cannot be carried over to the available version of the questionnaire.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="367"/>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="379"/>
        <source>Recover Unsaved Work</source>
        <translation>Recover Unsaved Work</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="368"/>
        <source>Work kept from an earlier session cannot be restored. %1</source>
        <translation>Work kept from an earlier session cannot be restored. %1</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="370"/>
        <source>Nothing was deleted. The recovery file could not be moved and is still at %1.</source>
        <translation>Nothing was deleted. The recovery file could not be moved and is still at %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="372"/>
        <source>Nothing was deleted. The recovery file was moved to %1, so it is not offered again.</source>
        <translation>Nothing was deleted. The recovery file was moved to %1, so it is not offered again.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="377"/>
        <source>a new, never saved assessment</source>
        <translation>a new, never saved assessment</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="380"/>
        <source>Infosäkkollen was not closed properly. Unsaved changes to %1 from %2 were kept.</source>
        <translation>Infosäkkollen was not closed properly. Unsaved changes to %1 from %2 were kept.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="383"/>
        <source>Restore them? The restored work opens as unsaved changes; your file is not touched until you save.</source>
        <translation>Restore them? The restored work opens as unsaved changes; your file is not touched until you save.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="386"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="387"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/fileworkflow.cpp" line="388"/>
        <source>Decide &amp;Later</source>
        <translation>Decide &amp;Later</translation>
    </message>
</context>
<context>
    <name>kollen::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="338"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="339"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="340"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="341"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="342"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="343"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="344"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="345"/>
        <source>&amp;New Assessment…</source>
        <translation>&amp;New Assessment…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="346"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="347"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="348"/>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="349"/>
        <source>Assessment &amp;Details…</source>
        <translation>Assessment &amp;Details…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="350"/>
        <source>Compare with &amp;Previous Assessment…</source>
        <translation>Compare with &amp;Previous Assessment…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="351"/>
        <source>&amp;Management Report (PDF, Print)…</source>
        <translation>&amp;Management Report (PDF, Print)…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="352"/>
        <source>Load &amp;Benchmark…</source>
        <translation>Load &amp;Benchmark…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="353"/>
        <source>Remove Benc&amp;hmark</source>
        <translation>Remove Benc&amp;hmark</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="354"/>
        <source>&amp;Load Requirement Set…</source>
        <translation>&amp;Load Requirement Set…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="355"/>
        <source>Export Anonymised S&amp;ubmission…</source>
        <translation>Export Anonymised S&amp;ubmission…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="356"/>
        <source>S&amp;top Comparing</source>
        <translation>S&amp;top Comparing</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="357"/>
        <source>Show T&amp;rend over Earlier Assessments…</source>
        <translation>Show T&amp;rend over Earlier Assessments…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="358"/>
        <source>Hide Tre&amp;nd</source>
        <translation>Hide Tre&amp;nd</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="359"/>
        <source>&amp;Close Assessment</source>
        <translation>&amp;Close Assessment</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="360"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="361"/>
        <location filename="../src/gui/shell/mainwindow.cpp" line="702"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="362"/>
        <location filename="../src/gui/shell/mainwindow.cpp" line="703"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="363"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="364"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="365"/>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normal Size</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="366"/>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Workshop Mode</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="367"/>
        <source>&amp;Next Question</source>
        <translation>&amp;Next Question</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="368"/>
        <source>&amp;Previous Question</source>
        <translation>&amp;Previous Question</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="369"/>
        <source>Next &amp;Work Area</source>
        <translation>Next &amp;Work Area</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="370"/>
        <source>Previous W&amp;ork Area</source>
        <translation>Previous W&amp;ork Area</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="371"/>
        <source>O&amp;verview</source>
        <translation>O&amp;verview</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="372"/>
        <source>&amp;Help for This Question</source>
        <translation>&amp;Help for This Question</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="373"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="374"/>
        <source>&amp;About Infosäkkollen</source>
        <translation>&amp;About Infosäkkollen</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="375"/>
        <source>Svenska (Swedish)</source>
        <translation>Svenska (Swedish)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="375"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="375"/>
        <source>Norsk bokmål (Norwegian)</source>
        <translation>Norsk bokmål (Norwegian)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="552"/>
        <location filename="../src/gui/shell/mainwindow.cpp" line="850"/>
        <source>Overview</source>
        <translation>Overview</translation>
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
        <translation>Action plan</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/shell/mainwindow.cpp" line="567"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="572"/>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="573"/>
        <source>%1 of %2 met</source>
        <translation>%1 of %2 met</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="584"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="584"/>
        <source>score %1</source>
        <translation>score %1</translation>
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
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
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
        <translation>Load Requirement Set</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="618"/>
        <source>Requirement sets (*.json);;All files (*)</source>
        <translation>Requirement sets (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="630"/>
        <location filename="../src/gui/shell/mainwindow.cpp" line="638"/>
        <source>Cannot Load Requirement Set</source>
        <translation>Cannot Load Requirement Set</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="631"/>
        <source>“%1” is not a requirement set this program can use, so it was not loaded.</source>
        <translation>“%1” is not a requirement set this program can use, so it was not loaded.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="632"/>
        <source>Nothing was changed. The problems found:</source>
        <translation>Nothing was changed. The problems found:</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="639"/>
        <source>“%1” has the id “%2”, which a bundled requirement set has, so it was not loaded.</source>
        <translation>“%1” has the id “%2”, which a bundled requirement set has, so it was not loaded.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="641"/>
        <source>Give the set an id of its own in its file (the member “id”).</source>
        <translation>Give the set an id of its own in its file (the member “id”).</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="673"/>
        <source>Requirement Set Loaded</source>
        <translation>Requirement Set Loaded</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="674"/>
        <source>“%1” was loaded, but it maps no question of the questionnaire “%2” to its requirements, so it is not shown for this assessment.</source>
        <translation>“%1” was loaded, but it maps no question of the questionnaire “%2” to its requirements, so it is not shown for this assessment.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="677"/>
        <source>It is offered for assessments made with the questionnaires its evidence names.</source>
        <translation>It is offered for assessments made with the questionnaires its evidence names.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="679"/>
        <source>Requirement Set Loaded with Warnings</source>
        <translation>Requirement Set Loaded with Warnings</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="680"/>
        <source>“%1” was loaded. Its warnings:</source>
        <translation>“%1” was loaded. Its warnings:</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="682"/>
        <source>Loaded the requirement set “%1”</source>
        <translation>Loaded the requirement set “%1”</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="702"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="703"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="721"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="840"/>
        <source>Choose an answer for the current question</source>
        <translation>Choose an answer for the current question</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="841"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="841"/>
        <source>Clear the answer</source>
        <translation>Clear the answer</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="842"/>
        <source>Left / Right</source>
        <translation>Left / Right</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="842"/>
        <source>Move between answer choices</source>
        <translation>Move between answer choices</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="843"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="843"/>
        <source>Move between fields</source>
        <translation>Move between fields</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="846"/>
        <source>Next question</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="847"/>
        <source>Previous question</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="848"/>
        <source>Next work area</source>
        <translation>Next work area</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="849"/>
        <source>Previous work area</source>
        <translation>Previous work area</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="851"/>
        <source>Help for the current question</source>
        <translation>Help for the current question</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="854"/>
        <source>Undo / redo</source>
        <translation>Undo / redo</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="858"/>
        <source>Larger / smaller / normal text</source>
        <translation>Larger / smaller / normal text</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="867"/>
        <source>About Infosäkkollen</source>
        <translation>About Infosäkkollen</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="870"/>
        <source>Self-assessment of systematic information-security work for Swedish public bodies. The questionnaires are independent wordings modelled on MSB&apos;s method support and MSBFS 2020:6; they are not MSB&apos;s official question list.</source>
        <translation>Self-assessment of systematic information-security work for Swedish public bodies. The questionnaires are independent wordings modelled on MSB&apos;s method support and MSBFS 2020:6; they are not MSB&apos;s official question list.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/mainwindow.cpp" line="874"/>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Free software under the GNU General Public License, version 3 or later.</translation>
    </message>
</context>
<context>
    <name>kollen::gui::NewAssessmentDialog</name>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="42"/>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="44"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="46"/>
        <source>Norwegian (bokmål)</source>
        <translation>Norwegian (bokmål)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="57"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="59"/>
        <source>dated %1</source>
        <translation>dated %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="65"/>
        <source>%n work area(s)</source>
        <translation>
            <numerusform>%n work area</numerusform>
            <numerusform>%n work areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="66"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="70"/>
        <source>Languages: %1</source>
        <translation>Languages: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="72"/>
        <source>Loaded from %1</source>
        <translation>Loaded from %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="83"/>
        <source>New Assessment</source>
        <translation>New Assessment</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="89"/>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="93"/>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Questionnaire:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="95"/>
        <source>&amp;Load questionnaire from file…</source>
        <translation>&amp;Load questionnaire from file…</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="97"/>
        <source>Load questionnaire from file</source>
        <translation>Load questionnaire from file</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="112"/>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="120"/>
        <source>About the questionnaire</source>
        <translation>About the questionnaire</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="125"/>
        <source>The assessment</source>
        <translation>The assessment</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="138"/>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="142"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="165"/>
        <source>No questionnaires are available. Load one from a file.</source>
        <translation>No questionnaires are available. Load one from a file.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="166"/>
        <source>Choose a questionnaire.</source>
        <translation>Choose a questionnaire.</translation>
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
        <translation>Load Questionnaire</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="198"/>
        <source>Questionnaires (*.json);;All files (*)</source>
        <translation>Questionnaires (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="205"/>
        <source>Cannot Load Questionnaire</source>
        <translation>Cannot Load Questionnaire</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="206"/>
        <source>“%1” is not a questionnaire this program can use, so it was not loaded.</source>
        <translation>“%1” is not a questionnaire this program can use, so it was not loaded.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/newassessmentdialog.cpp" line="209"/>
        <source>The problems found:</source>
        <translation>The problems found:</translation>
    </message>
</context>
<context>
    <name>kollen::gui::OverviewPage</name>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="141"/>
        <source>Edit assessment &amp;details…</source>
        <translation>Edit assessment &amp;details…</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="147"/>
        <source>Overall result</source>
        <translation>Overall result</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="152"/>
        <source>Work areas</source>
        <translation>Work areas</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="153"/>
        <source>Work area</source>
        <translation>Work area</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="153"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="153"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="153"/>
        <source>Score (0–4)</source>
        <translation>Score (0–4)</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="50"/>
        <source>No target</source>
        <translation>No target</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="53"/>
        <source>Target level</source>
        <translation>Target level</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="57"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="61"/>
        <location filename="../src/gui/pages/overviewpage.cpp" line="154"/>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="117"/>
        <source>✓ reached</source>
        <translation>✓ reached</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/overviewpage.cpp" line="118"/>
        <source>%n level(s) to go</source>
        <translation>
            <numerusform>%n level to go</numerusform>
            <numerusform>%n levels to go</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="153"/>
        <location filename="../src/gui/pages/overviewpage.cpp" line="438"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="154"/>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="154"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="154"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="155"/>
        <source>Group median</source>
        <translation>Group median</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="160"/>
        <source>Double-click or press F2 to set the target level</source>
        <translation>Double-click or press F2 to set the target level</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="161"/>
        <source>Double-click or press F2 to set the target date</source>
        <translation>Double-click or press F2 to set the target date</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="188"/>
        <source>Compare with &amp;group:</source>
        <translation>Compare with &amp;group:</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="216"/>
        <source>Press Enter or double-click a work area to open it; double-click or press F2 in the target columns to set a target. The score shows the reached level plus the share of the next level that is in place.</source>
        <translation>Press Enter or double-click a work area to open it; double-click or press F2 in the target columns to set a target. The score shows the reached level plus the share of the next level that is in place.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/overviewpage.cpp" line="250"/>
        <source>%1 (%n organisation(s))</source>
        <translation>
            <numerusform>%1 (%n organisation)</numerusform>
            <numerusform>%1 (%n organisations)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="256"/>
        <source>Fictitious example data, not real results.</source>
        <translation>Fictitious example data, not real results.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="259"/>
        <source>generated %1; groups smaller than %2 are not shown</source>
        <translation>generated %1; groups smaller than %2 are not shown</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="266"/>
        <source>No group in this benchmark is large enough to compare with.</source>
        <translation>No group in this benchmark is large enough to compare with.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="352"/>
        <source>Cybersecurity Act</source>
        <translation>Cybersecurity Act</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="440"/>
        <source>Median: %1</source>
        <translation>Median: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="338"/>
        <source>Unnamed organisation</source>
        <translation>Unnamed organisation</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="155"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="157"/>
        <source>Where the score stands in the group: its quarter, Q1 lowest … Q4 highest; in a group of fewer than %1 organisations, which has no quartiles, below, at or above the median</source>
        <translation>Where the score stands in the group: its quarter, Q1 lowest … Q4 highest; in a group of fewer than %1 organisations, which has no quartiles, below, at or above the median</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="349"/>
        <source>Organisation type</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="353"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="353"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="354"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="354"/>
        <source>none listed</source>
        <translation>none listed</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="356"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="357"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="359"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="370"/>
        <source>Overall: %1</source>
        <translation>Overall: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="377"/>
        <source>score %1 of 4</source>
        <translation>score %1 of 4</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="434"/>
        <source>Previous (%1)</source>
        <translation>Previous (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/overviewpage.cpp" line="437"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/overviewpage.cpp" line="450"/>
        <source>%n question(s) flagged for follow-up.</source>
        <translation>
            <numerusform>%n question flagged for follow-up.</numerusform>
            <numerusform>%n questions flagged for follow-up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kollen::gui::QuestionWidget</name>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="56"/>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="72"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="74"/>
        <source>Show what counts as &quot;yes&quot; and links to guidance (F1)</source>
        <translation>Show what counts as &quot;yes&quot; and links to guidance (F1)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="75"/>
        <source>Help for question %1</source>
        <translation>Help for question %1</translation>
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
        <translation>Requirements this question evidences</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="115"/>
        <source>%1 (key %2)</source>
        <translation>%1 (key %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="139"/>
        <source>Next step:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="144"/>
        <source>Guidance:</source>
        <translation>Guidance:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="154"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="157"/>
        <source>Notes, disagreements, context</source>
        <translation>Notes, disagreements, context</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="158"/>
        <source>Comment on question %1</source>
        <translation>Comment on question %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="161"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="163"/>
        <source>Where the proof is: decision, document, record number</source>
        <translation>Where the proof is: decision, document, record number</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="164"/>
        <source>Evidence for question %1</source>
        <translation>Evidence for question %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="166"/>
        <source>&amp;Follow up</source>
        <translation>&amp;Follow up</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="167"/>
        <source>Follow up question %1</source>
        <translation>Follow up question %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="202"/>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="204"/>
        <source>Not applicable is not allowed here: counts as unanswered</source>
        <translation>Not applicable is not allowed here: counts as unanswered</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/questionwidget.cpp" line="206"/>
        <source>Not applicable: give the reason in the comment</source>
        <translation>Not applicable: give the reason in the comment</translation>
    </message>
</context>
<context>
    <name>kollen::gui::RadarChart</name>
    <message>
        <location filename="../src/gui/widgets/radarchart.cpp" line="64"/>
        <source>Radar chart of the score per work area</source>
        <translation>Radar chart of the score per work area</translation>
    </message>
</context>
<context>
    <name>kollen::gui::RecoveryNotice</name>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="88"/>
        <source>you do not have permission to write there</source>
        <translation>you do not have permission to write there</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="91"/>
        <source>there is not enough space on the disk</source>
        <translation>there is not enough space on the disk</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="94"/>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="97"/>
        <source>the folder does not exist and could not be created</source>
        <translation>the folder does not exist and could not be created</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="110"/>
        <source>the file could not be written</source>
        <translation>the file could not be written</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="113"/>
        <source>The automatic recovery file could not be written to the folder “%1”: %2. Save the assessment to keep your work safe.</source>
        <translation>The automatic recovery file could not be written to the folder “%1”: %2. Save the assessment to keep your work safe.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/recoverynotice.cpp" line="129"/>
        <source>Unsaved changes are not being backed up</source>
        <translation>Unsaved changes are not being backed up</translation>
    </message>
</context>
<context>
    <name>kollen::gui::ReportDialog</name>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="59"/>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="63"/>
        <source>A management report of the assessment on A4: cover, summary with the overall level and the most important gaps, radar chart and results per work area, feedback with links to guidance, and the scoring method.</source>
        <translation>A management report of the assessment on A4: cover, summary with the overall level and the most important gaps, radar chart and results per work area, feedback with links to guidance, and the scoring method.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="70"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="72"/>
        <source>Include &amp;comments and notes</source>
        <translation>Include &amp;comments and notes</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="74"/>
        <source>Comments and notes may contain sensitive information. They are left out unless you include them.</source>
        <translation>Comments and notes may contain sensitive information. They are left out unless you include them.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="76"/>
        <source>Include the &amp;action plan (owners, due dates, status)</source>
        <translation>Include the &amp;action plan (owners, due dates, status)</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="78"/>
        <source>Add an appe&amp;ndix with every question, its answer and evidence</source>
        <translation>Add an appe&amp;ndix with every question, its answer and evidence</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="81"/>
        <source>Comments and notes may contain sensitive information.</source>
        <translation>Comments and notes may contain sensitive information.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="111"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="113"/>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="115"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="159"/>
        <source>Include the comparison with the benchmark group “%1” (median and position in the group)</source>
        <translation>Include the comparison with the benchmark group “%1” (median and position in the group)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/report/reportdialog.cpp" line="165"/>
        <source>Include the development over %n assessment(s)</source>
        <translation>
            <numerusform>Include the development over %n assessment</numerusform>
            <numerusform>Include the development over %n assessments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="175"/>
        <source>Include the requirements of “%1”</source>
        <translation>Include the requirements of “%1”</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="194"/>
        <source>Unsaved assessment</source>
        <translation>Unsaved assessment</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="205"/>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="206"/>
        <source>-report</source>
        <translation>-report</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="219"/>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="220"/>
        <source>The report could not be written to “%1”.</source>
        <translation>The report could not be written to “%1”.</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="223"/>
        <source>The report was saved as “%1”. &lt;a href=&quot;%2&quot;&gt;Open it&lt;/a&gt;</source>
        <translation>The report was saved as “%1”. &lt;a href=&quot;%2&quot;&gt;Open it&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="230"/>
        <source>Export Report as PDF</source>
        <translation>Export Report as PDF</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="231"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="245"/>
        <source>Print Preview – Report</source>
        <translation>Print Preview – Report</translation>
    </message>
    <message>
        <location filename="../src/gui/report/reportdialog.cpp" line="260"/>
        <source>Print Report</source>
        <translation>Print Report</translation>
    </message>
</context>
<context>
    <name>kollen::gui::RequirementsPage</name>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="51"/>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="54"/>
        <source>Requirement &amp;set:</source>
        <translation>Requirement &amp;set:</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="57"/>
        <source>Requirement set</source>
        <translation>Requirement set</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="83"/>
        <source>Reference / work area</source>
        <translation>Reference / work area</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="161"/>
        <source>No question of this questionnaire covers the requirement; assess it separately.</source>
        <translation>No question of this questionnaire covers the requirement; assess it separately.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/requirementspage.cpp" line="182"/>
        <source>%n met</source>
        <translation>
            <numerusform>%n met</numerusform>
            <numerusform>%n met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/requirementspage.cpp" line="183"/>
        <source>%n partly</source>
        <translation>
            <numerusform>%n partly</numerusform>
            <numerusform>%n partly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/requirementspage.cpp" line="184"/>
        <source>%n not met</source>
        <translation>
            <numerusform>%n not met</numerusform>
            <numerusform>%n not met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/requirementspage.cpp" line="185"/>
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n not applicable</numerusform>
            <numerusform>%n not applicable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/requirementspage.cpp" line="186"/>
        <source>%n not answered</source>
        <translation>
            <numerusform>%n not answered</numerusform>
            <numerusform>%n not answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/requirementspage.cpp" line="188"/>
        <source>%n not covered by the questionnaire</source>
        <translation>
            <numerusform>%n not covered by the questionnaire</numerusform>
            <numerusform>%n not covered by the questionnaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/requirementspage.cpp" line="189"/>
        <source>%n requirement(s): %1.</source>
        <translation>
            <numerusform>%n requirement: %1.</numerusform>
            <numerusform>%n requirements: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="81"/>
        <source>Requirements and their questions</source>
        <translation>Requirements and their questions</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="83"/>
        <source>Requirement / question</source>
        <translation>Requirement / question</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/requirementspage.cpp" line="83"/>
        <source>In place</source>
        <translation>In place</translation>
    </message>
</context>
<context>
    <name>kollen::gui::ShortcutsDialog</name>
    <message>
        <location filename="../src/gui/dialogs/shortcutsdialog.cpp" line="13"/>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
</context>
<context>
    <name>kollen::gui::SubmissionDialog</name>
    <message>
        <location filename="../src/gui/dialogs/submissiondialog.cpp" line="14"/>
        <source>Export Anonymised Submission</source>
        <translation>Export Anonymised Submission</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/submissiondialog.cpp" line="16"/>
        <source>The submission contains only the questionnaire and its version, the organisation type and size band, the year and the answers: no names, comments, evidence or participants. This is exactly what will be written:</source>
        <translation>The submission contains only the questionnaire and its version, the organisation type and size band, the year and the answers: no names, comments, evidence or participants. This is exactly what will be written:</translation>
    </message>
</context>
<context>
    <name>kollen::gui::TrendPage</name>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="38"/>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="57"/>
        <source>Development over time</source>
        <translation>Development over time</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="66"/>
        <source>Level and score per work area and assessment</source>
        <translation>Level and score per work area and assessment</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="129"/>
        <source>No earlier assessments are open. Use File ▸ Show Trend over Earlier Assessments.</source>
        <translation>No earlier assessments are open. Use File ▸ Show Trend over Earlier Assessments.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/trendpage.cpp" line="138"/>
        <source>%n assessment(s) of the organisation, oldest first. Overall %1 (score %2) on %3, %4 (score %5) on %6.</source>
        <translation>
            <numerusform>%n assessment of the organisation, oldest first. Overall %1 (score %2) on %3, %4 (score %5) on %6.</numerusform>
            <numerusform>%n assessments of the organisation, oldest first. Overall %1 (score %2) on %3, %4 (score %5) on %6.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="145"/>
        <source>Work area</source>
        <translation>Work area</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="148"/>
        <source>%1 (open)</source>
        <translation>%1 (open)</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="150"/>
        <source>Change in score</source>
        <translation>Change in score</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="161"/>
        <location filename="../src/gui/pages/trendpage.cpp" line="229"/>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/trendpage.cpp" line="184"/>
        <source>%1 was made with version %2 of the questionnaire and was carried over to version %3; %n item(s) could not be carried over.</source>
        <translation>
            <numerusform>%1 was made with version %2 of the questionnaire and was carried over to version %3; %n item could not be carried over.</numerusform>
            <numerusform>%1 was made with version %2 of the questionnaire and was carried over to version %3; %n items could not be carried over.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="201"/>
        <source>Note: the assessments name different organisations (%1).</source>
        <translation>Note: the assessments name different organisations (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/pages/trendpage.cpp" line="206"/>
        <source>%n assessment(s) without a date are listed last and left out of the chart.</source>
        <translation>
            <numerusform>%n assessment without a date is listed last and left out of the chart.</numerusform>
            <numerusform>%n assessments without a date are listed last and left out of the chart.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="208"/>
        <source>Choose a row to see its development in the chart; Enter opens the work area.</source>
        <translation>Choose a row to see its development in the chart; Enter opens the work area.</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="242"/>
        <source>Score (0–4)</source>
        <translation>Score (0–4)</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="247"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="294"/>
        <source>Level / score</source>
        <translation>Level / score</translation>
    </message>
    <message>
        <location filename="../src/gui/pages/trendpage.cpp" line="304"/>
        <source>Target level</source>
        <translation>Target level</translation>
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
        <translation>Assess how systematic your organisation&apos;s information-security work is: answer the questions of each work area alone or in a workshop, and see the maturity level per area and overall on MSB&apos;s four-level scale, with links to MSB&apos;s guidance.</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/welcomepage.cpp" line="67"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;New assessment…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/welcomepage.cpp" line="68"/>
        <source>&amp;Open assessment…</source>
        <translation>&amp;Open assessment…</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/welcomepage.cpp" line="69"/>
        <source>&amp;Recent assessments</source>
        <translation>&amp;Recent assessments</translation>
    </message>
    <message>
        <location filename="../src/gui/shell/welcomepage.cpp" line="70"/>
        <source>Recent assessments</source>
        <translation>Recent assessments</translation>
    </message>
</context>
<context>
    <name>kollen::gui::WorkshopView</name>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="73"/>
        <source>Time in this area</source>
        <translation>Time in this area</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="104"/>
        <source>%1 (key %2)</source>
        <translation>%1 (key %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="116"/>
        <location filename="../src/gui/workshop/workshopview.cpp" line="259"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="122"/>
        <source>What the group said, examples, evidence</source>
        <translation>What the group said, examples, evidence</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="127"/>
        <location filename="../src/gui/workshop/workshopview.cpp" line="261"/>
        <source>Return later [F]</source>
        <translation>Return later [F]</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="130"/>
        <location filename="../src/gui/workshop/workshopview.cpp" line="263"/>
        <source>Not agreed [D]</source>
        <translation>Not agreed [D]</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="135"/>
        <source>The differing views, in a few words</source>
        <translation>The differing views, in a few words</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="136"/>
        <source>Differing views</source>
        <translation>Differing views</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="168"/>
        <source>1–%1 answer · → / Space / Page Down next · ← / Page Up back · F return later · D not agreed · G go to area · L list · H contrast · T timer · Esc leave</source>
        <translation>1–%1 answer · → / Space / Page Down next · ← / Page Up back · F return later · D not agreed · G go to area · L list · H contrast · T timer · Esc leave</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="231"/>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="258"/>
        <source>&amp;Notes (Not applicable needs a reason: write it here):</source>
        <translation>&amp;Notes (Not applicable needs a reason: write it here):</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="269"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="270"/>
        <source>Summary: %1</source>
        <translation>Summary: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="289"/>
        <source>To reach %1:</source>
        <translation>To reach %1:</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="296"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopview.cpp" line="304"/>
        <source>Time in area %1</source>
        <translation>Time in area %1</translation>
    </message>
</context>
<context>
    <name>kollen::gui::WorkshopWindow</name>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="33"/>
        <source>○ open</source>
        <translation>○ open</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="33"/>
        <source>● answered</source>
        <translation>● answered</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="35"/>
        <source>⚑ later</source>
        <translation>⚑ later</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="37"/>
        <source>⚠ not agreed</source>
        <translation>⚠ not agreed</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="50"/>
        <source>Workshop – %1</source>
        <translation>Workshop – %1</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="57"/>
        <source>All questions</source>
        <translation>All questions</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="58"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="98"/>
        <source>Workshop – audience view</source>
        <translation>Workshop – audience view</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="140"/>
        <source>Open, flagged and not agreed questions</source>
        <translation>Open, flagged and not agreed questions</translation>
    </message>
    <message>
        <location filename="../src/gui/workshop/workshopwindow.cpp" line="162"/>
        <source>Every question is answered, and none is flagged or not agreed.</source>
        <translation>Every question is answered, and none is flagged or not agreed.</translation>
    </message>
</context>
</TS>
