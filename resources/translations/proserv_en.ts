<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <location filename="../../app/CheckCommand.cpp" line="+397"/>
        <source>%1: %n filled-in field(s) stay in the draft and are not submitted:
</source>
        <translation>
            <numerusform>%1: %n filled-in field stays in the draft and is not submitted:
</numerusform>
            <numerusform>%1: %n filled-in fields stay in the draft and are not submitted:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>proserv-check export: %n error(s) in submitted fields; nothing written (fix them, or use --force)
</source>
        <translation>
            <numerusform>proserv-check export: %n error in submitted fields; nothing written (fix it, or use --force)
</numerusform>
            <numerusform>proserv-check export: %n errors in submitted fields; nothing written (fix them, or use --force)
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffReport</name>
    <message numerus="yes">
        <location filename="../../app/DiffReport.cpp" line="+104"/>
        <source>%n field change(s)</source>
        <translation>
            <numerusform>%n field change</numerusform>
            <numerusform>%n field changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message numerus="yes">
        <location filename="../../validation/CatalogLimitRules.cpp" line="+72"/>
        <source>At most %1 highlights are shown; remove %n.</source>
        <translation>
            <numerusform>At most %1 highlights are shown; remove %n.</numerusform>
            <numerusform>At most %1 highlights are shown; remove %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The seller portal allows up to %1 search keywords; this listing has %n.</source>
        <translation>
            <numerusform>The seller portal allows up to %1 search keywords; this listing has %n.</numerusform>
            <numerusform>The seller portal allows up to %1 search keywords; this listing has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>%1 is longer than the Catalog API limit of %n characters; shorten it.</source>
        <translation>
            <numerusform>%1 is longer than the Catalog API limit of %n character; shorten it.</numerusform>
            <numerusform>%1 is longer than the Catalog API limit of %n characters; shorten it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../validation/SetupRules.cpp" line="+49"/>
        <source>Choose at most %1 categories; this listing has %n.</source>
        <translation>
            <numerusform>Choose at most %1 categories; this listing has %n.</numerusform>
            <numerusform>Choose at most %1 categories; this listing has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>A listing can have at most %1 pricing dimensions; this one has %n.</source>
        <translation>
            <numerusform>A listing can have at most %1 pricing dimensions; this one has %n.</numerusform>
            <numerusform>A listing can have at most %1 pricing dimensions; this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>The logo file is %n MB; it must be under 5 MB.</source>
        <translation>
            <numerusform>The logo file is %n MB; it must be under 5 MB.</numerusform>
            <numerusform>The logo file is %n MB; it must be under 5 MB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Remove the hidden control characters (%n place(s), the first %1): they are invisible and can hide, reorder or spoof what buyers and reviewers read. Type the text again or paste it as plain text.</source>
        <translation>
            <numerusform>Remove the hidden control character (%n place, %1): it is invisible and can hide, reorder or spoof what buyers and reviewers read. Type the text again or paste it as plain text.</numerusform>
            <numerusform>Remove the hidden control characters (%n places, the first %1): they are invisible and can hide, reorder or spoof what buyers and reviewers read. Type the text again or paste it as plain text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The text holds invisible characters (%n place(s), the first %1: a zero-width space or similar, often pasted from a word processor); remove them unless you meant them.</source>
        <translation>
            <numerusform>The text holds an invisible character (%n place, %1: a zero-width space or similar, often pasted from a word processor); remove it unless you meant it.</numerusform>
            <numerusform>The text holds invisible characters (%n places, the first %1: a zero-width space or similar, often pasted from a word processor); remove them unless you meant them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../validation/UsageRules.cpp" line="+143"/>
        <source>%n business days is too long: customers must get access or be contacted within 2.</source>
        <translation>
            <numerusform>%n business day is too long: customers must get access or be contacted within 2.</numerusform>
            <numerusform>%n business days is too long: customers must get access or be contacted within 2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../validation/Validator.cpp" line="+73"/>
        <source>Not part of a submission, so not in this file: %n check(s) need your draft (attestations, fulfilment e-mails and response time, service terms, architecture and IAM policies, the service each dimension bills); save this file as your draft and fill them in: %1.</source>
        <translation>
            <numerusform>Not part of a submission, so not in this file: %n check needs your draft (attestations, fulfilment e-mails and response time, service terms, architecture and IAM policies, the service each dimension bills); save this file as your draft and fill them in: %1.</numerusform>
            <numerusform>Not part of a submission, so not in this file: %n checks need your draft (attestations, fulfilment e-mails and response time, service terms, architecture and IAM policies, the service each dimension bills); save this file as your draft and fill them in: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Not part of a submission, ask the seller: %n check(s) need the seller&apos;s draft (attestations, fulfilment e-mails and response time, service terms, architecture and IAM policies, the service each dimension bills): %1.</source>
        <translation>
            <numerusform>Not part of a submission, ask the seller: %n check needs the seller&apos;s draft (attestations, fulfilment e-mails and response time, service terms, architecture and IAM policies, the service each dimension bills): %1.</numerusform>
            <numerusform>Not part of a submission, ask the seller: %n checks need the seller&apos;s draft (attestations, fulfilment e-mails and response time, service terms, architecture and IAM policies, the service each dimension bills): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>This update leaves %n field(s) as they are on AWS Marketplace; their accepted values are not in the file and were not checked: %1. To check the whole listing, check the product&apos;s DescribeEntity response.</source>
        <translation>
            <numerusform>This update leaves %n field as it is on AWS Marketplace; its accepted value is not in the file and was not checked: %1. To check the whole listing, check the product&apos;s DescribeEntity response.</numerusform>
            <numerusform>This update leaves %n fields as they are on AWS Marketplace; their accepted values are not in the file and were not checked: %1. To check the whole listing, check the product&apos;s DescribeEntity response.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>and %n more finding(s) of this rule here, not listed one by one</source>
        <translation>
            <numerusform>and %n more finding of this rule here, not listed one by one</numerusform>
            <numerusform>and %n more findings of this rule here, not listed one by one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../validation/IamPolicyCheck.cpp" line="+162"/>
        <source>and %n more statement(s) with the same problem, not listed one by one</source>
        <translation>
            <numerusform>and %n more statement with the same problem, not listed one by one</numerusform>
            <numerusform>and %n more statements with the same problem, not listed one by one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../model/LoadError.cpp" line="+22"/>
        <source>and %n more error(s) in this file, not listed; fix the ones above first</source>
        <translation>
            <numerusform>and %n more error in this file, not listed; fix the ones above first</numerusform>
            <numerusform>and %n more errors in this file, not listed; fix the ones above first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../validation/UpdateRules.cpp" line="+131"/>
        <source>This change set also sends %n change(s) exactly as the file wrote them, for entities or change types this version does not edit or check (%1); AWS checks them when the change set runs.</source>
        <translation>
            <numerusform>This change set also sends %n change exactly as the file wrote it, for entities or change types this version does not edit or check (%1); AWS checks it when the change set runs.</numerusform>
            <numerusform>This change set also sends %n changes exactly as the file wrote them, for entities or change types this version does not edit or check (%1); AWS checks them when the change set runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../validation/ArchitectureRules.cpp" line="+38"/>
        <source>Name at most %1 related products; this listing has %n.</source>
        <translation>
            <numerusform>Name at most %1 related products; this listing has %n.</numerusform>
            <numerusform>Name at most %1 related products; this listing has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../validation/OfferRules.cpp" line="+119"/>
        <source>The %1 is longer than the %n characters AWS accepts; shorten it.</source>
        <translation>
            <numerusform>The %1 is longer than the %n character AWS accepts; shorten it.</numerusform>
            <numerusform>The %1 is longer than the %n characters AWS accepts; shorten it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+127"/>
        <source>An offer has at most %n buyer accounts (TOO_MANY_BUYER_ACCOUNTS); make a second offer for the others.</source>
        <translation>
            <numerusform>An offer has at most %n buyer account (TOO_MANY_BUYER_ACCOUNTS); make a second offer for the others.</numerusform>
            <numerusform>An offer has at most %n buyer accounts (TOO_MANY_BUYER_ACCOUNTS); make a second offer for the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>At most %n countries (INVALID_COUNTRY_CODES).</source>
        <translation>
            <numerusform>At most %n country (INVALID_COUNTRY_CODES).</numerusform>
            <numerusform>At most %n countries (INVALID_COUNTRY_CODES).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>At most %n prices in one rate card (TOO_MANY_RATES).</source>
        <translation>
            <numerusform>At most %n price in one rate card (TOO_MANY_RATES).</numerusform>
            <numerusform>At most %n prices in one rate card (TOO_MANY_RATES).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>At most %n granted dimensions (TOO_MANY_GRANTS).</source>
        <translation>
            <numerusform>At most %n granted dimension (TOO_MANY_GRANTS).</numerusform>
            <numerusform>At most %n granted dimensions (TOO_MANY_GRANTS).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>An installment plan has at most %n payments (TOO_MANY_CHARGES).</source>
        <translation>
            <numerusform>An installment plan has at most %n payment (TOO_MANY_CHARGES).</numerusform>
            <numerusform>An installment plan has at most %n payments (TOO_MANY_CHARGES).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n payments fall on or before the accept-by date %1; at most one may (TOO_MANY_BACKDATED_CHARGES). Move the others after it.</source>
        <translation>
            <numerusform>%n payment falls on or before the accept-by date %1; at most one may (TOO_MANY_BACKDATED_CHARGES). Move the others after it.</numerusform>
            <numerusform>%n payments fall on or before the accept-by date %1; at most one may (TOO_MANY_BACKDATED_CHARGES). Move the others after it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>The refund policy is longer than the %n characters AWS accepts; shorten it.</source>
        <translation>
            <numerusform>The refund policy is longer than the %n character AWS accepts; shorten it.</numerusform>
            <numerusform>The refund policy is longer than the %n characters AWS accepts; shorten it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../model/OfferImport.cpp" line="+178"/>
        <source>%n rate cards; a professional services offer has one, for the agreement&apos;s duration (TOO_MANY_RATE_CARDS)</source>
        <translation>
            <numerusform>%n rate card; a professional services offer has one, for the agreement&apos;s duration (TOO_MANY_RATE_CARDS)</numerusform>
            <numerusform>%n rate cards; a professional services offer has one, for the agreement&apos;s duration (TOO_MANY_RATE_CARDS)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingReport</name>
    <message numerus="yes">
        <location filename="../../app/FindingReport.cpp" line="+94"/>
        <source> in %n checked file(s)</source>
        <translation>
            <numerusform> in %n checked file</numerusform>
            <numerusform> in %n checked files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n file(s) could not be read</source>
        <translation>
            <numerusform>; %n file could not be read</numerusform>
            <numerusform>; %n files could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferSummary</name>
    <message numerus="yes">
        <location filename="../../qtsupport/OfferSummary.cpp" line="+59"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n AWS account(s)</source>
        <translation>
            <numerusform>%n AWS account</numerusform>
            <numerusform>%n AWS accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../../ui/review/CompareDialog.cpp" line="+104"/>
        <source>%n field change(s).</source>
        <translation>
            <numerusform>%n field change.</numerusform>
            <numerusform>%n field changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qtsupport/ReviewReport.cpp" line="+78"/>
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n open must-fix comment(s)</source>
        <translation>
            <numerusform>%n open must-fix comment</numerusform>
            <numerusform>%n open must-fix comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+184"/>
        <source>%n comment(s) on a field with findings are printed beside those findings, above.</source>
        <translation>
            <numerusform>%n comment on a field with findings is printed beside those findings, above.</numerusform>
            <numerusform>%n comments on fields with findings are printed beside those findings, above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/listing/ListingSections.cpp" line="+225"/>
        <source> business day(s)</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform> business day</numerusform>
            <numerusform> business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/form/UserPrompts.cpp" line="+102"/>
        <source>The whole message (%n line(s)) is under Show Details.</source>
        <translation>
            <numerusform>The whole message (%n line) is under Show Details.</numerusform>
            <numerusform>The whole message (%n lines) is under Show Details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message numerus="yes">
        <location filename="../../qtsupport/Translation.cpp" line="+92"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proserv::DocumentManager</name>
    <message numerus="yes">
        <location filename="../../ui/files/DocumentManager.cpp" line="+263"/>
        <source>%n error(s) remain in submitted fields. AWS Marketplace will likely reject the listing until they are fixed.</source>
        <translation>
            <numerusform>%n error remains in submitted fields. AWS Marketplace will likely reject the listing until it is fixed.</numerusform>
            <numerusform>%n errors remain in submitted fields. AWS Marketplace will likely reject the listing until they are fixed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proserv::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/shell/MainWindow.cpp" line="+582"/>
        <source>%n to fill in</source>
        <translation>
            <numerusform>%n to fill in</numerusform>
            <numerusform>%n to fill in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proserv::OfferFiles</name>
    <message numerus="yes">
        <location filename="../../ui/files/OfferFiles.cpp" line="+144"/>
        <source>The offer has %n error(s) that AWS Marketplace would refuse; fix them first (Problems, Ctrl+Shift+M).</source>
        <translation>
            <numerusform>The offer has %n error that AWS Marketplace would refuse; fix it first (Problems, Ctrl+Shift+M).</numerusform>
            <numerusform>The offer has %n errors that AWS Marketplace would refuse; fix them first (Problems, Ctrl+Shift+M).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proserv::OfferPreview</name>
    <message numerus="yes">
        <location filename="../../ui/views/OfferPreview.cpp" line="+36"/>
        <source>… and %n more row(s), not shown here.</source>
        <translation>
            <numerusform>… and %n more row, not shown here.</numerusform>
            <numerusform>… and %n more rows, not shown here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proserv::ProblemsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/shell/ProblemsPanel.cpp" line="+348"/>
        <source>%n more in fields not filled in yet</source>
        <translation>
            <numerusform>%n more in fields not filled in yet</numerusform>
            <numerusform>%n more in fields not filled in yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proserv::SubmissionView</name>
    <message numerus="yes">
        <location filename="../../ui/views/SubmissionView.cpp" line="+153"/>
        <location line="+9"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
</TS>
