<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgreementsPage</name>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln agreement</numerusform>
            <numerusform>%Ln agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n agreement(s) to a file (.kdx)…</source>
        <translation>
            <numerusform>Export %n agreement to a file (.kdx)…</numerusform>
            <numerusform>Export %n agreements to a file (.kdx)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>Nothing falls due in the next %n day(s).</source>
        <translation>
            <numerusform>Nothing falls due in the next %n day.</numerusform>
            <numerusform>Nothing falls due in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s): commitments due %1 · notice deadlines %2 · expiries %3</source>
        <translation>
            <numerusform>Next %n day: commitments due %1 · notice deadlines %2 · expiries %3</numerusform>
            <numerusform>Next %n days: commitments due %1 · notice deadlines %2 · expiries %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed agreements with no activity for %n month(s) or more, the quietest first. Log what happened, or open the agreement to plan its next step.</source>
        <translation>
            <numerusform>Signed agreements with no activity for %n month or more, the quietest first. Log what happened, or open the agreement to plan its next step.</numerusform>
            <numerusform>Signed agreements with no activity for %n months or more, the quietest first. Log what happened, or open the agreement to plan its next step.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreements expiring within %n month(s), or already expired: renew them or record their end.</source>
        <translation>
            <numerusform>Agreements expiring within %n month, or already expired: renew them or record their end.</numerusform>
            <numerusform>Agreements expiring within %n months, or already expired: renew them or record their end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last day to give written notice (%n month(s) before expiry) falls within the warning period: decide now between renewal and ending.</source>
        <translation>
            <numerusform>The last day to give written notice (%n month before expiry) falls within the warning period: decide now between renewal and ending.</numerusform>
            <numerusform>The last day to give written notice (%n months before expiry) falls within the warning period: decide now between renewal and ending.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftWizard</name>
    <message numerus="yes">
        <source>%n follow-up item(s) recorded as commitments of the agreement.</source>
        <translation>
            <numerusform>%n follow-up item recorded as a commitment of the agreement.</numerusform>
            <numerusform>%n follow-up items recorded as commitments of the agreement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n change(s) were made to this register by another program, not by Kerjasama Desk. They are in the records' history, marked “changed outside Kerjasama Desk”.</source>
        <translation>
            <numerusform>%n change was made to this register by another program, not by Kerjasama Desk. It is in the records' history, marked “changed outside Kerjasama Desk”.</numerusform>
            <numerusform>%n changes were made to this register by another program, not by Kerjasama Desk. They are in the records' history, marked “changed outside Kerjasama Desk”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected agreement(s)</source>
        <translation>
            <numerusform>Only the selected agreement</numerusform>
            <numerusform>Only the %n selected agreements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message numerus="yes">
        <source>%1 is marked as transferred but still holds %n agreement(s) or commitment(s). Hand them over to successors now?</source>
        <translation>
            <numerusform>%1 is marked as transferred but still holds %n agreement or commitment. Hand it over to a successor now?</numerusform>
            <numerusform>%1 is marked as transferred but still holds %n agreements or commitments. Hand them over to successors now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln officer(s)</source>
        <translation>
            <numerusform>%Ln officer</numerusform>
            <numerusform>%Ln officers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n year(s) without activity</source>
        <translation>
            <numerusform>%n year without activity</numerusform>
            <numerusform>%n years without activity</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TripsBox</name>
    <message numerus="yes">
        <source>The trip is marked as made; its follow-up plan is now %n commitment(s) in the Commitments tab, due three months after the return.</source>
        <translation>
            <numerusform>The trip is marked as made; its follow-up plan is now %n commitment in the Commitments tab, due three months after the return.</numerusform>
            <numerusform>The trip is marked as made; its follow-up plan is now %n commitments in the Commitments tab, due three months after the return.</numerusform>
        </translation>
    </message>
</context>
</TS>
