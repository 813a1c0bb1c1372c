<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertModel</name>
    <message numerus="yes">
        <source>ACTIVE for %Ln hour(s) or more</source>
        <translation>
            <numerusform>ACTIVE for %Ln hour or more</numerusform>
            <numerusform>ACTIVE for %Ln hours or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ACTIVE with no update for %Ln minute(s) or more</source>
        <translation>
            <numerusform>ACTIVE with no update for %Ln minute or more</numerusform>
            <numerusform>ACTIVE with no update for %Ln minutes or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln poll(s) in a row failed: %1</source>
        <translation>
            <numerusform>%Ln poll in a row failed: %1</numerusform>
            <numerusform>%Ln polls in a row failed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No successful poll for %Ln minute(s) or more</source>
        <translation>
            <numerusform>No successful poll for %Ln minute or more</numerusform>
            <numerusform>No successful poll for %Ln minutes or more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::CacheCommand</name>
    <message numerus="yes">
        <source>cache: %n session(s) exported</source>
        <translation>
            <numerusform>cache: %n session exported</numerusform>
            <numerusform>cache: %n sessions exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cache: cleared, %n session(s) removed</source>
        <translation>
            <numerusform>cache: cleared, %n session removed</numerusform>
            <numerusform>cache: cleared, %n sessions removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cache: %1 cleared, %n session(s) removed</source>
        <translation>
            <numerusform>cache: %1 cleared, %n session removed</numerusform>
            <numerusform>cache: %1 cleared, %n sessions removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1	%n session(s)	watermark %2	last poll %3
</source>
        <translation>
            <numerusform>%1	%n session	watermark %2	last poll %3
</numerusform>
            <numerusform>%1	%n sessions	watermark %2	last poll %3
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::MainWindow</name>
    <message numerus="yes">
        <source>next in %n s</source>
        <translation>
            <numerusform>next in %n s</numerusform>
            <numerusform>next in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) read</source>
        <translation>
            <numerusform>%n session read</numerusform>
            <numerusform>%n sessions read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n session(s) read before it)</source>
        <translation>
            <numerusform>%1: %2 (%n session read before it)</numerusform>
            <numerusform>%1: %2 (%n sessions read before it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n session(s)</source>
        <translation>
            <numerusform>cancelled after %n session</numerusform>
            <numerusform>cancelled after %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled reading %1 after %n session(s)</source>
        <translation>
            <numerusform>Cancelled reading %1 after %n session</numerusform>
            <numerusform>Cancelled reading %1 after %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n session(s) from %1</source>
        <translation>
            <numerusform>Read %n session from %1</numerusform>
            <numerusform>Read %n sessions from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %1: %n session(s) removed</source>
        <translation>
            <numerusform>Cleared %1: %n session removed</numerusform>
            <numerusform>Cleared %1: %n sessions removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1</source>
        <translation>
            <numerusform>Exported %n session to %1</numerusform>
            <numerusform>Exported %n sessions to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the findings of %n session(s) to %1</source>
        <translation>
            <numerusform>Exported the findings of %n session to %1</numerusform>
            <numerusform>Exported the findings of %n sessions to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n cached session(s) of %1</source>
        <translation>
            <numerusform>Forgot %n cached session of %1</numerusform>
            <numerusform>Forgot %n cached sessions of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) from the offline cache, last seen %1</source>
        <translation>
            <numerusform>%n session from the offline cache, last seen %1</numerusform>
            <numerusform>%n sessions from the offline cache, last seen %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ok</source>
        <translation>
            <numerusform>%n ok</numerusform>
            <numerusform>%n ok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing (%1)</source>
        <translation>
            <numerusform>%n failing (%1)</numerusform>
            <numerusform>%n failing (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a first poll</source>
        <translation>
            <numerusform>%n waiting for a first poll</numerusform>
            <numerusform>%n waiting for a first poll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s): %1</source>
        <translation>
            <numerusform>%n endpoint: %1</numerusform>
            <numerusform>%n endpoints: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::PollCommand</name>
    <message numerus="yes">
        <source>cache: %n session(s) stored%1</source>
        <translation>
            <numerusform>cache: %n session stored%1</numerusform>
            <numerusform>cache: %n sessions stored%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next poll in %n second(s); Ctrl+C ends</source>
        <translation>
            <numerusform>next poll in %n second; Ctrl+C ends</numerusform>
            <numerusform>next poll in %n seconds; Ctrl+C ends</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::SimulateCommand</name>
    <message numerus="yes">
        <source>OCPI 2.2.1 CPO simulator, %n session(s), seed %1%2
</source>
        <translation>
            <numerusform>OCPI 2.2.1 CPO simulator, %n session, seed %1%2
</numerusform>
            <numerusform>OCPI 2.2.1 CPO simulator, %n sessions, seed %1%2
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ocpi::Net::HttpGet</name>
    <message numerus="yes">
        <source> (gave up after %n retry(ies))</source>
        <translation>
            <numerusform> (gave up after %n retry)</numerusform>
            <numerusform> (gave up after %n retries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ocpi::Net::PollResult</name>
    <message numerus="yes">
        <source>%1 added, %2 changed, %3 unchanged in %n page(s) (%4, %5 s)</source>
        <translation>
            <numerusform>%1 added, %2 changed, %3 unchanged in %n page (%4, %5 s)</numerusform>
            <numerusform>%1 added, %2 changed, %3 unchanged in %n pages (%4, %5 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n invalid</source>
        <translation>
            <numerusform>, %n invalid</numerusform>
            <numerusform>, %n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n without id</source>
        <translation>
            <numerusform>, %n without id</numerusform>
            <numerusform>, %n without id</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n retry(ies)</source>
        <translation>
            <numerusform>, %n retry</numerusform>
            <numerusform>, %n retries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not kept (session limit)</source>
        <translation>
            <numerusform>, %n not kept (session limit)</numerusform>
            <numerusform>, %n not kept (session limit)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ocpi::Net::SessionPoller</name>
    <message numerus="yes">
        <source>the limit of %1 sessions per endpoint was reached (maximum sessions per endpoint): %n new session(s) not kept. The sessions held are still updated; the watermark stays, so the next poll asks again from the same date_from, and the sessions not kept are read once the limit is raised</source>
        <translation>
            <numerusform>the limit of %1 sessions per endpoint was reached (maximum sessions per endpoint): %n new session not kept. The sessions held are still updated; the watermark stays, so the next poll asks again from the same date_from, and the sessions not kept are read once the limit is raised</numerusform>
            <numerusform>the limit of %1 sessions per endpoint was reached (maximum sessions per endpoint): %n new sessions not kept. The sessions held are still updated; the watermark stays, so the next poll asks again from the same date_from, and the sessions not kept are read once the limit is raised</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ocpi::Net::SessionSync</name>
    <message numerus="yes">
        <source> (gave up after %n retry(ies))</source>
        <translation>
            <numerusform> (gave up after %n retry)</numerusform>
            <numerusform> (gave up after %n retries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the %n session(s) before the damage are kept</source>
        <translation>
            <numerusform>; the %n session before the damage are kept</numerusform>
            <numerusform>; the %n sessions before the damage are kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>X-Total-Count kept falling while the pages were read (%1 re-reads); stopped, %n session(s) read are kept</source>
        <translation>
            <numerusform>X-Total-Count kept falling while the pages were read (%1 re-reads); stopped, %n session read are kept</numerusform>
            <numerusform>X-Total-Count kept falling while the pages were read (%1 re-reads); stopped, %n sessions read are kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server reported %n session(s) but sent %1 and no next page</source>
        <translation>
            <numerusform>the server reported %n session but sent %1 and no next page</numerusform>
            <numerusform>the server reported %n sessions but sent %1 and no next page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page %1 links back to %2, a page already read: a pagination loop; stopped, %n session(s) read are kept</source>
        <translation>
            <numerusform>page %1 links back to %2, a page already read: a pagination loop; stopped, %n session read are kept</numerusform>
            <numerusform>page %1 links back to %2, a page already read: a pagination loop; stopped, %n sessions read are kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page %1 (%2) repeats the previous page: the server seems to ignore the paging; stopped, %n session(s) read are kept</source>
        <translation>
            <numerusform>page %1 (%2) repeats the previous page: the server seems to ignore the paging; stopped, %n session read are kept</numerusform>
            <numerusform>page %1 (%2) repeats the previous page: the server seems to ignore the paging; stopped, %n sessions read are kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped after %1 pages, the most one poll may read (maximum pages per sync); %n session(s) read are kept, and the next poll starts again from the same date_from</source>
        <translation>
            <numerusform>stopped after %1 pages, the most one poll may read (maximum pages per sync); %n session read are kept, and the next poll starts again from the same date_from</numerusform>
            <numerusform>stopped after %1 pages, the most one poll may read (maximum pages per sync); %n sessions read are kept, and the next poll starts again from the same date_from</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page %1 (%2) holds no sessions, yet the server says more follow (a next link, or a higher X-Total-Count); stopped, %n session(s) read are kept, and the next poll asks again from the same date_from</source>
        <translation>
            <numerusform>page %1 (%2) holds no sessions, yet the server says more follow (a next link, or a higher X-Total-Count); stopped, %n session read are kept, and the next poll asks again from the same date_from</numerusform>
            <numerusform>page %1 (%2) holds no sessions, yet the server says more follow (a next link, or a higher X-Total-Count); stopped, %n sessions read are kept, and the next poll asks again from the same date_from</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ocpi::ValidationReportWriter</name>
    <message numerus="yes">
        <source>  %n session(s) read as %1, %2 bytes
</source>
        <translation>
            <numerusform>  %n session read as %1, %2 bytes
</numerusform>
            <numerusform>  %n sessions read as %1, %2 bytes
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionFieldsModel</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrafficExport</name>
    <message numerus="yes">
        <source>(%n byte(s) received, none kept)</source>
        <translation>
            <numerusform>(%n byte received, none kept)</numerusform>
            <numerusform>(%n bytes received, none kept)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::AlertNotifier</name>
    <message numerus="yes">
        <source>%Ln new alert(s)</source>
        <translation>
            <numerusform>%Ln new alert</numerusform>
            <numerusform>%Ln new alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…and %Ln more</numerusform>
            <numerusform>…and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCPI Session Monitor: %Ln alert(s) not acknowledged</source>
        <translation>
            <numerusform>OCPI Session Monitor: %Ln alert not acknowledged</numerusform>
            <numerusform>OCPI Session Monitor: %Ln alerts not acknowledged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::FleetChartsView</name>
    <message numerus="yes">
        <source>Energy delivered per hour (last %n h)</source>
        <extracomment>chart title; %n: hours shown, e.g. &quot;Energy delivered per hour (last 48 h)&quot;</extracomment>
        <translation>
            <numerusform>Energy delivered per hour (last %n h)</numerusform>
            <numerusform>Energy delivered per hour (last %n h)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::OverviewView</name>
    <message numerus="yes">
        <source>Next poll in %Ln s (at %1)</source>
        <translation>
            <numerusform>Next poll in %Ln s (at %1)</numerusform>
            <numerusform>Next poll in %Ln s (at %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln poll(s) in a row failed: %1</source>
        <translation>
            <numerusform>%Ln poll in a row failed: %1</numerusform>
            <numerusform>%Ln polls in a row failed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ale&amp;rts: %Ln listed, %1 not acknowledged</source>
        <translation>
            <numerusform>Ale&amp;rts: %Ln listed, %1 not acknowledged</numerusform>
            <numerusform>Ale&amp;rts: %Ln listed, %1 not acknowledged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::TrafficView</name>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
</context>
</TS>
