<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiKey</name>
    <message numerus="yes">
        <source>%n ids</source>
        <translation>
            <numerusform>%n id</numerusform>
            <numerusform>%n ids</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusCatalogue</name>
    <message numerus="yes">
        <source>The server still refused after %n attempts. Wait until it allows requests again - a minute, or as long as its Retry-After asks - then try again.</source>
        <translation>
            <numerusform>The server still refused after %n attempt. Wait until it allows requests again - a minute, or as long as its Retry-After asks - then try again.</numerusform>
            <numerusform>The server still refused after %n attempts. Wait until it allows requests again - a minute, or as long as its Retry-After asks - then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>discue::ApiKeyTableModel</name>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>discue::BulkResultDialog</name>
    <message numerus="yes">
        <source>All %n keys succeeded.</source>
        <translation>
            <numerusform>The %n key succeeded.</numerusform>
            <numerusform>All %n keys succeeded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n failed keys...</source>
        <translation>
            <numerusform>Retrying %n failed key...</numerusform>
            <numerusform>Retrying %n failed keys...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>discue::ConfirmKeyActionDialog</name>
    <message numerus="yes">
        <source>Enable %n keys? Programs using them can call the API again.</source>
        <translation>
            <numerusform>Enable %n key? Programs using it can call the API again.</numerusform>
            <numerusform>Enable %n keys? Programs using them can call the API again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n keys? Every request made with them will be refused until they are enabled again.</source>
        <translation>
            <numerusform>Disable %n key? Every request made with it will be refused until it is enabled again.</numerusform>
            <numerusform>Disable %n keys? Every request made with them will be refused until they are enabled again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n keys? Deleting is final: the API cannot restore them, and every program that uses them stops working.</source>
        <translation>
            <numerusform>Delete %n key? Deleting is final: the API cannot restore it, and every program that uses it stops working.</numerusform>
            <numerusform>Delete %n keys? Deleting is final: the API cannot restore them, and every program that uses them stops working.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected keys already have that status and are left alone.</source>
        <translation>
            <numerusform>%n of the selected keys already has that status and is left alone.</numerusform>
            <numerusform>%n of the selected keys already have that status and are left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>discue::ConsoleStatusBar</name>
    <message numerus="yes">
        <source>The connection dropped; retrying in %n s...</source>
        <translation>
            <numerusform>The connection dropped; retrying in %n s...</numerusform>
            <numerusform>The connection dropped; retrying in %n s...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server answered %1; retrying in %n s...</source>
        <translation>
            <numerusform>The server answered %1; retrying in %n s...</numerusform>
            <numerusform>The server answered %1; retrying in %n s...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>discue::KeyDetailsPane</name>
    <message numerus="yes">
        <source>%n keys selected. Enable, Disable and Delete apply to all of them.</source>
        <translation>
            <numerusform>%n key selected. Enable, Disable and Delete apply to it.</numerusform>
            <numerusform>%n keys selected. Enable, Disable and Delete apply to all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>discue::KeyReviewPanel</name>
    <message numerus="yes">
        <source>%n ids: %1</source>
        <translation>
            <numerusform>%n id: %1</numerusform>
            <numerusform>%n ids: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>discue::MainWindow</name>
    <message numerus="yes">
        <source>Sorting %n keys...</source>
        <translation>
            <numerusform>Sorting %n key...</numerusform>
            <numerusform>Sorting %n keys...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>discue::SecretDialog</name>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n seconds if it still holds the secret.</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second if it still holds the secret.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds if it still holds the secret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>discue::TargetsDelegateEditor</name>
    <message numerus="yes">
        <source>%n ids.</source>
        <translation>
            <numerusform>%n id.</numerusform>
            <numerusform>%n ids.</numerusform>
        </translation>
    </message>
</context>
</TS>
