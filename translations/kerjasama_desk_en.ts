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
        <source>Gone quiet: signed, no activity for %n month(s) or more</source>
        <translation>
            <numerusform>Gone quiet: signed, no activity for %n month or more</numerusform>
            <numerusform>Gone quiet: signed, no activity for %n months or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n month(s), or expired</source>
        <translation>
            <numerusform>Expiring within %n month, or expired</numerusform>
            <numerusform>Expiring within %n months, or expired</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
</TS>
