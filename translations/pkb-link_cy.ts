<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PKB Link</source>
        <translation>Ynghylch PKB Link</translation>
    </message>
    <message>
        <source>PKB Link</source>
        <translation>PKB Link</translation>
    </message>
    <message>
        <source>Links your Patients Know Best record to this computer and shows your details.</source>
        <translation>Mae&apos;n cysylltu eich cofnod Patients Know Best â&apos;r cyfrifiadur hwn ac yn dangos eich manylion.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Fersiwn:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation>QtKeychain:</translation>
    </message>
    <message>
        <source>Privacy: PKB Link reads your details from PKB only after you allow it, and keeps them in memory while you are signed in. The keys PKB gives it are stored in this computer&apos;s keychain. Nothing is sent anywhere else, and its logs never contain your details or keys.</source>
        <translation>Preifatrwydd: dim ond ar ôl i chi roi caniatâd y mae PKB Link yn darllen eich manylion o PKB, ac mae&apos;n eu cadw yn y cof tra byddwch wedi mewngofnodi. Mae&apos;r allweddi y mae PKB yn eu rhoi iddo yn cael eu storio yng nghadwyn allweddi&apos;r cyfrifiadur hwn. Nid oes dim yn cael ei anfon i unman arall, ac nid yw ei logiau byth yn cynnwys eich manylion na&apos;ch allweddi.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close the About window</source>
        <translation>Cau&apos;r ffenestr Ynghylch</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Ynghylch</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>T&amp;rwydded</translation>
    </message>
    <message>
        <source>&amp;Third-party licences</source>
        <translation>Trwyddedau &amp;trydydd parti</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Trwydded:</translation>
    </message>
    <message>
        <source>PKB Link is free software under the MIT licence:</source>
        <translation>Mae PKB Link yn feddalwedd rydd o dan drwydded MIT:</translation>
    </message>
    <message>
        <source>PKB Link&apos;s licence</source>
        <translation>Trwydded PKB Link</translation>
    </message>
    <message>
        <source>PKB Link is built on this software. Choose one to read its licence:</source>
        <translation>Mae PKB Link wedi&apos;i adeiladu ar y feddalwedd hon. Dewiswch un i ddarllen ei thrwydded:</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Meddalwedd trydydd parti</translation>
    </message>
    <message>
        <source>Licence of the chosen software</source>
        <translation>Trwydded y feddalwedd a ddewiswyd</translation>
    </message>
</context>
<context>
    <name>AccountSchema</name>
    <message>
        <source>The accounts on this computer were saved by a newer version of PKB Link. Install that version again to use them.</source>
        <translation>Cafodd y cyfrifon ar y cyfrifiadur hwn eu cadw gan fersiwn mwy diweddar o PKB Link. Gosodwch y fersiwn hwnnw eto er mwyn eu defnyddio.</translation>
    </message>
    <message>
        <source>The accounts file of PKB Link on this computer is not an accounts file, so it cannot be used. Ask for help.</source>
        <translation>Nid yw ffeil cyfrifon PKB Link ar y cyfrifiadur hwn yn ffeil cyfrifon, felly nid oes modd ei defnyddio. Gofynnwch am help.</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>The user name or password is not right.</source>
        <translation>Mae&apos;r enw defnyddiwr neu&apos;r cyfrinair yn anghywir.</translation>
    </message>
    <message>
        <source>This account is no longer on this computer.</source>
        <translation>Nid yw&apos;r cyfrif hwn ar y cyfrifiadur hwn mwyach.</translation>
    </message>
    <message>
        <source>A display name can have at most %1 characters.</source>
        <translation>Gall enw arddangos gynnwys %1 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>A display name cannot contain control characters, line breaks or invisible formatting characters.</source>
        <translation>Ni all enw arddangos gynnwys nodau rheoli, toriadau llinell na nodau fformatio anweledig.</translation>
    </message>
    <message>
        <source>That user name is already used on this computer. Choose another, or sign in.</source>
        <translation>Mae&apos;r enw defnyddiwr hwnnw eisoes yn cael ei ddefnyddio ar y cyfrifiadur hwn. Dewiswch un arall, neu mewngofnodwch.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Rhowch eich enw defnyddiwr.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Rhowch eich cyfrinair.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Nid yw&apos;r cyfrinair presennol yn gywir.</translation>
    </message>
    <message>
        <source>The password was changed elsewhere meanwhile. Sign in again.</source>
        <translation>Cafodd y cyfrinair ei newid yn rhywle arall yn y cyfamser. Mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>The link to the PKB record could not be saved: PKB gave an identifier this app cannot use.</source>
        <translation>Nid oedd modd cadw&apos;r cysylltiad â&apos;r cofnod PKB: rhoddodd PKB ddynodydd na all yr ap hwn ei ddefnyddio.</translation>
    </message>
    <message>
        <source>This account is not linked to a PKB record yet.</source>
        <translation>Nid yw&apos;r cyfrif hwn wedi&apos;i gysylltu â chofnod PKB eto.</translation>
    </message>
</context>
<context>
    <name>AppCore</name>
    <message>
        <source>The user name or password is not right. After several wrong tries, wait a few minutes before you try again.</source>
        <translation>Mae&apos;r enw defnyddiwr neu&apos;r cyfrinair yn anghywir. Ar ôl sawl cynnig anghywir, arhoswch ychydig funudau cyn rhoi cynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The client authentication setting &quot;%1&quot; is not known. Use none, client_secret_basic or client_secret_post.</source>
        <translation>Nid yw&apos;r gosodiad dilysu cleient &quot;%1&quot; yn hysbys. Defnyddiwch none, client_secret_basic neu client_secret_post.</translation>
    </message>
    <message>
        <source>The details source setting &quot;%1&quot; is not known. Use both, rest or fhir.</source>
        <translation>Nid yw&apos;r gosodiad ffynhonnell manylion &quot;%1&quot; yn hysbys. Defnyddiwch both, rest neu fhir.</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>PKB Link could not open your web browser. Sign in inside PKB Link instead, or ask your administrator to set up a web browser on this computer.</source>
        <translation>Ni allai PKB Link agor eich porwr gwe. Mewngofnodwch y tu mewn i PKB Link yn lle hynny, neu gofynnwch i&apos;ch gweinyddwr osod porwr gwe ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>You cancelled connecting to PKB.</source>
        <translation>Fe wnaethoch ganslo&apos;r broses o gysylltu â PKB.</translation>
    </message>
    <message>
        <source>PKB Link did not hear back from your web browser in time. Press Retry to start signing in again.</source>
        <translation>Ni chlywodd PKB Link yn ôl gan eich porwr gwe mewn pryd. Pwyswch Ceisio eto i ddechrau mewngofnodi eto.</translation>
    </message>
</context>
<context>
    <name>BrowserWaitPage</name>
    <message>
        <source>Finish signing in in your browser</source>
        <translation>Gorffennwch fewngofnodi yn eich porwr</translation>
    </message>
    <message>
        <source>PKB&apos;s sign-in page has opened in your web browser. Sign in there and allow PKB Link to read your details, then come back here. PKB Link waits until %1.</source>
        <translation>Mae tudalen mewngofnodi PKB wedi agor yn eich porwr gwe. Mewngofnodwch yno a chaniatáu i PKB Link ddarllen eich manylion, yna dewch yn ôl yma. Bydd PKB Link yn aros tan %1.</translation>
    </message>
    <message>
        <source>Waiting for your web browser</source>
        <translation>Yn aros am eich porwr gwe</translation>
    </message>
    <message>
        <source>&amp;Open the page again</source>
        <translation>&amp;Agor y dudalen eto</translation>
    </message>
    <message>
        <source>Open PKB&apos;s sign-in page in your browser again</source>
        <translation>Agor tudalen mewngofnodi PKB yn eich porwr eto</translation>
    </message>
    <message>
        <source>Sign in &amp;inside PKB Link instead</source>
        <translation>Mewngofnodi y &amp;tu mewn i PKB Link yn lle hynny</translation>
    </message>
    <message>
        <source>Sign in inside PKB Link instead</source>
        <translation>Mewngofnodi y tu mewn i PKB Link yn lle hynny</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;nslo</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Canslo mewngofnodi</translation>
    </message>
    <message>
        <source>For when you closed the browser&apos;s tab or window.</source>
        <translation>Ar gyfer pan fyddwch wedi cau tab neu ffenestr y porwr.</translation>
    </message>
    <message>
        <source>Stops waiting for the browser and shows PKB&apos;s page in this window.</source>
        <translation>Yn rhoi&apos;r gorau i aros am y porwr ac yn dangos tudalen PKB yn y ffenestr hon.</translation>
    </message>
    <message>
        <source>Stops waiting for the browser. Your record is not linked.</source>
        <translation>Yn rhoi&apos;r gorau i aros am y porwr. Nid yw eich cofnod wedi&apos;i gysylltu.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Newid cyfrinair</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Cyfrinair presennol</translation>
    </message>
    <message>
        <source>The password you sign in with now</source>
        <translation>Y cyfrinair rydych chi&apos;n mewngofnodi ag ef ar hyn o bryd</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Cyfrinair newydd</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>O leiaf 10 nod</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Cadarnhau&apos;r cyfrinair newydd</translation>
    </message>
    <message>
        <source>Type the new password again</source>
        <translation>Teipiwch y cyfrinair newydd eto</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Cyfrinair &amp;presennol:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Cyfrinair &amp;newydd:</translation>
    </message>
    <message>
        <source>C&amp;onfirm new password:</source>
        <translation>Cada&amp;rnhau&apos;r cyfrinair newydd:</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>Ni chafodd y cyfrinair ei newid</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>Newid &amp;cyfrinair</translation>
    </message>
    <message>
        <source>Save the new password</source>
        <translation>Cadw&apos;r cyfrinair newydd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Keep the current password</source>
        <translation>Cadw&apos;r cyfrinair presennol</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Wrthi&apos;n newid eich cyfrinair…</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>PKB Link: links your Patients Know Best record to this computer.</source>
        <translation>PKB Link: mae&apos;n cysylltu eich cofnod Patients Know Best â&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Do not send PKCE parameters (for servers that reject them).</source>
        <translation>Peidio ag anfon paramedrau PKCE (ar gyfer gweinyddion sy&apos;n eu gwrthod).</translation>
    </message>
    <message>
        <source>Run as a shared clinic kiosk (full screen, idle sign-out).</source>
        <translation>Rhedeg fel ciosg clinig a rennir (sgrin lawn, allgofnodi pan fydd yn segur).</translation>
    </message>
    <message>
        <source>Use this settings file.</source>
        <translation>Defnyddio&apos;r ffeil gosodiadau hon.</translation>
    </message>
    <message>
        <source>Keep the local accounts database in this folder.</source>
        <translation>Cadw&apos;r gronfa ddata cyfrifon lleol yn y ffolder hwn.</translation>
    </message>
    <message>
        <source>Read the client secret from this file.</source>
        <translation>Darllen cyfrinach y cleient o&apos;r ffeil hon.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Ymresymiad annisgwyl: %1</translation>
    </message>
    <message>
        <source>Cannot read the client secret file %1: %2</source>
        <translation>Nid oes modd darllen ffeil cyfrinach y cleient %1: %2</translation>
    </message>
    <message>
        <source>Try this policy file: its values are fixed like the administrator&apos;s, without replacing or relaxing them.</source>
        <translation>Rhoi cynnig ar y ffeil bolisi hon: mae ei gwerthoedd yn sefydlog fel rhai&apos;r gweinyddwr, heb eu disodli na&apos;u llacio.</translation>
    </message>
</context>
<context>
    <name>CreateAccountPage</name>
    <message>
        <source>Create your PKB Link account</source>
        <translation>Creu eich cyfrif PKB Link</translation>
    </message>
    <message>
        <source>This account is for PKB Link on this computer only. It is not your PKB account: you will connect that in the next step.</source>
        <translation>Mae&apos;r cyfrif hwn ar gyfer PKB Link ar y cyfrifiadur hwn yn unig. Nid eich cyfrif PKB yw hwn: byddwch yn cysylltu hwnnw yn y cam nesaf.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>The name you will sign in with on this computer</source>
        <translation>Yr enw y byddwch yn mewngofnodi ag ef ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Enw arddangos</translation>
    </message>
    <message>
        <source>What PKB Link calls you, for example your first name</source>
        <translation>Yr enw y bydd PKB Link yn ei ddefnyddio ar eich cyfer, er enghraifft eich enw cyntaf</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Enw &amp;arddangos:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>O leiaf 10 nod</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Cy&amp;frinair:</translation>
    </message>
    <message>
        <source>At least 10 characters. A few words you can remember work well.</source>
        <translation>O leiaf 10 nod. Mae ychydig o eiriau y gallwch eu cofio yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Cadarnhau&apos;r cyfrinair</translation>
    </message>
    <message>
        <source>Type the same password again</source>
        <translation>Teipiwch yr un cyfrinair eto</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>Ca&amp;darnhau&apos;r cyfrinair:</translation>
    </message>
    <message>
        <source>Account not created</source>
        <translation>Ni chafodd y cyfrif ei greu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Go back to the welcome page without creating an account</source>
        <translation>Mynd yn ôl i&apos;r dudalen groeso heb greu cyfrif</translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation>C&amp;reu cyfrif</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Creu cyfrif</translation>
    </message>
    <message>
        <source>Create the account and sign in</source>
        <translation>Creu&apos;r cyfrif a mewngofnodi</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Wrthi&apos;n creu eich cyfrif…</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Gwryw</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>England</source>
        <translation>Lloegr</translation>
    </message>
    <message>
        <source>Wales</source>
        <translation>Cymru</translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation>Yr Alban</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation>Gogledd Iwerddon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Ffôn symudol</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Ffôn cartref</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Ffôn gwaith</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>main</source>
        <translation>prif gyswllt</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>heb ei gadarnhau</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Diweddarwyd ddiwethaf %1</translation>
    </message>
    <message>
        <source>Your details as Patients Know Best holds them.</source>
        <translation>Eich manylion fel y mae Patients Know Best yn eu cadw.</translation>
    </message>
    <message>
        <source>Your details could not be loaded yet. Use Refresh to try again.</source>
        <translation>Nid oedd modd llwytho eich manylion eto. Defnyddiwch Adnewyddu i roi cynnig arall arni.</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Dyddiad geni:</translation>
    </message>
    <message>
        <source>Date of death:</source>
        <translation>Dyddiad marwolaeth:</translation>
    </message>
    <message>
        <source>Sex at birth:</source>
        <translation>Rhyw adeg geni:</translation>
    </message>
    <message>
        <source>NHS number:</source>
        <translation>Rhif GIG:</translation>
    </message>
    <message>
        <source>Other identifiers:</source>
        <translation>Dynodyddion eraill:</translation>
    </message>
    <message>
        <source>PKB public id:</source>
        <translation>ID cyhoeddus PKB:</translation>
    </message>
    <message>
        <source>Contact details:</source>
        <translation>Manylion cyswllt:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Cyfeiriad:</translation>
    </message>
    <message>
        <source>PKB did not give this app a way to renew its access. When the current access ends, you will need to grant access again.</source>
        <translation>Nid yw PKB wedi rhoi ffordd i&apos;r ap hwn adnewyddu ei fynediad. Pan ddaw&apos;r mynediad presennol i ben, bydd angen i chi roi mynediad eto.</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Wrthi&apos;n adnewyddu</translation>
    </message>
    <message>
        <source>Getting your details from PKB</source>
        <translation>Wrthi&apos;n cael eich manylion gan PKB</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <source>Get your details from PKB again</source>
        <translation>Cael eich manylion gan PKB eto</translation>
    </message>
    <message>
        <source>Date not recorded</source>
        <translation>Dyddiad heb ei gofnodi</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Heb ei roi</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Dim wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <source>not a valid NHS number</source>
        <translation>nid yw&apos;n rhif GIG dilys</translation>
    </message>
    <message>
        <source>NHS number: %1</source>
        <translation>Rhif GIG: %1</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opïo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copïo</translation>
    </message>
    <message>
        <source>Copy NHS number</source>
        <translation>Copïo&apos;r rhif GIG</translation>
    </message>
    <message>
        <source>Put the NHS number %1 on the clipboard, digits only</source>
        <translation>Rhoi&apos;r rhif GIG %1 ar y clipfwrdd, digidau yn unig</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Eich manylion</translation>
    </message>
    <message>
        <source>Show NHS &amp;number</source>
        <translation>Dangos y rhif &amp;GIG</translation>
    </message>
    <message>
        <source>Show NHS number</source>
        <translation>Dangos y rhif GIG</translation>
    </message>
    <message>
        <source>The NHS number is hidden on this shared computer until you ask to see it</source>
        <translation>Mae&apos;r rhif GIG wedi&apos;i guddio ar y cyfrifiadur a rennir hwn nes i chi ofyn am ei weld</translation>
    </message>
    <message>
        <source>Show other &amp;identifiers</source>
        <translation>Dangos &amp;dynodyddion eraill</translation>
    </message>
    <message>
        <source>Show other identifiers</source>
        <translation>Dangos dynodyddion eraill</translation>
    </message>
    <message>
        <source>Other identifiers are hidden on this shared computer until you ask to see them</source>
        <translation>Mae dynodyddion eraill wedi&apos;u cuddio ar y cyfrifiadur a rennir hwn nes i chi ofyn am eu gweld</translation>
    </message>
</context>
<context>
    <name>EnvironmentConfig</name>
    <message>
        <source>The PKB environment &quot;%1&quot; is not known. Choose sandbox, production-uk, local or custom in Settings.</source>
        <translation>Nid yw amgylchedd PKB &quot;%1&quot; yn hysbys. Dewiswch sandbox, production-uk, local neu custom yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>The PKB address is missing. Set it in Settings or ask your administrator.</source>
        <translation>Mae cyfeiriad PKB ar goll. Gosodwch ef yn y Gosodiadau neu gofynnwch i&apos;ch gweinyddwr.</translation>
    </message>
    <message>
        <source>The PKB address %1 is not allowed: PKB must be reached over HTTPS.</source>
        <translation>Nid yw cyfeiriad PKB %1 yn cael ei ganiatáu: rhaid cysylltu â PKB dros HTTPS.</translation>
    </message>
    <message>
        <source>No PKB client id is set. Enter the client id PKB gave you in Settings, or ask your administrator.</source>
        <translation>Nid oes ID cleient PKB wedi&apos;i osod. Rhowch yr ID cleient a roddodd PKB i chi yn y Gosodiadau, neu gofynnwch i&apos;ch gweinyddwr.</translation>
    </message>
    <message>
        <source>The client authentication method needs a client secret, and none was given.</source>
        <translation>Mae angen cyfrinach cleient ar gyfer y dull dilysu cleient, ond ni roddwyd un.</translation>
    </message>
    <message>
        <source>The redirect address is not valid. Use the one registered with PKB.</source>
        <translation>Nid yw&apos;r cyfeiriad ailgyfeirio yn ddilys. Defnyddiwch yr un sydd wedi&apos;i gofrestru gyda PKB.</translation>
    </message>
    <message>
        <source>The redirect address must be HTTPS, a loopback address or an app scheme.</source>
        <translation>Rhaid i&apos;r cyfeiriad ailgyfeirio fod yn HTTPS, yn gyfeiriad dolen-ôl (loopback) neu&apos;n gynllun ap.</translation>
    </message>
    <message>
        <source>The network timeout must be positive.</source>
        <translation>Rhaid i derfyn amser y rhwydwaith fod yn fwy na sero.</translation>
    </message>
    <message>
        <source>The refresh lead must be between 0 and %1 seconds.</source>
        <translation>Rhaid i&apos;r amser adnewyddu ymlaen llaw fod rhwng 0 a %1 eiliad.</translation>
    </message>
    <message>
        <source>The PKB address %1 is not part of PKB at %2. Only your administrator can send PKB Link to another address.</source>
        <translation>Nid yw&apos;r cyfeiriad PKB %1 yn rhan o PKB yn %2. Dim ond eich gweinyddwr all anfon PKB Link i gyfeiriad arall.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Ceisio e&amp;to</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ceisio eto</translation>
    </message>
    <message>
        <source>Try the last step again</source>
        <translation>Rhoi cynnig arall ar y cam diwethaf</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>D&amp;iystyru</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Diystyru</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Cuddio&apos;r neges hon</translation>
    </message>
</context>
<context>
    <name>ErrorWording</name>
    <message>
        <source>You chose not to give PKB Link access to your record, so it is not linked and nothing was shared. You can connect again at any time.</source>
        <translation>Fe wnaethoch ddewis peidio â rhoi mynediad i&apos;ch cofnod i PKB Link, felly nid yw wedi&apos;i gysylltu ac ni rannwyd dim. Gallwch gysylltu eto ar unrhyw adeg.</translation>
    </message>
    <message>
        <source>Connecting to PKB was cancelled, so your record is not linked. You can connect again at any time.</source>
        <translation>Cafodd y broses o gysylltu â PKB ei chanslo, felly nid yw eich cofnod wedi&apos;i gysylltu. Gallwch gysylltu eto ar unrhyw adeg.</translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your internet connection and try again.</source>
        <translation>Nid oedd modd cysylltu â PKB. Gwiriwch eich cysylltiad â&apos;r rhyngrwyd a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Your system keychain is locked or not running. Unlock it and try again.</source>
        <translation>Mae cadwyn allweddi eich system wedi&apos;i chloi neu nid yw&apos;n rhedeg. Datglowch hi a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, and if it keeps happening, contact support.</source>
        <translation>Aeth rhywbeth o&apos;i le. Rhowch gynnig arall arni, ac os yw&apos;n dal i ddigwydd, cysylltwch â&apos;r tîm cymorth.</translation>
    </message>
</context>
<context>
    <name>GrantAccessView</name>
    <message>
        <source>Connect to Patients Know Best</source>
        <translation>Cysylltu â Patients Know Best</translation>
    </message>
    <message>
        <source>Patients Know Best sign-in page</source>
        <translation>Tudalen fewngofnodi Patients Know Best</translation>
    </message>
    <message>
        <source>Sign in to Patients Know Best and choose whether this app may read your record</source>
        <translation>Mewngofnodwch i Patients Know Best a dewiswch a gaiff yr ap hwn ddarllen eich cofnod</translation>
    </message>
    <message>
        <source>The connection to PKB is not secure (certificate problem). The page was not opened.</source>
        <translation>Nid yw&apos;r cysylltiad â PKB yn ddiogel (problem gyda&apos;r dystysgrif). Ni agorwyd y dudalen.</translation>
    </message>
    <message>
        <source>PKB is not answering properly right now. Try again in a few minutes.</source>
        <translation>Nid yw PKB yn ymateb yn iawn ar hyn o bryd. Rhowch gynnig arall arni ymhen ychydig funudau.</translation>
    </message>
    <message>
        <source>PKB&apos;s page could not be loaded. Check your connection and try Retry.</source>
        <translation>Nid oedd modd llwytho tudalen PKB. Gwiriwch eich cysylltiad a dewiswch Ceisio eto.</translation>
    </message>
    <message>
        <source>PKB&apos;s page stopped working. Try Retry.</source>
        <translation>Mae tudalen PKB wedi peidio â gweithio. Dewiswch Ceisio eto.</translation>
    </message>
    <message>
        <source>The PKB address is not allowed for this environment. Check the PKB settings.</source>
        <translation>Nid yw cyfeiriad PKB yn cael ei ganiatáu ar gyfer yr amgylchedd hwn. Gwiriwch osodiadau PKB.</translation>
    </message>
    <message>
        <source>This app is not set up to receive PKB&apos;s answer at its redirect address. Check the redirect address in Settings.</source>
        <translation>Nid yw&apos;r ap hwn wedi&apos;i osod i dderbyn ateb PKB yn ei gyfeiriad ailgyfeirio. Gwiriwch y cyfeiriad ailgyfeirio yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>The page tried to show a message.</source>
        <translation>Ceisiodd y dudalen ddangos neges.</translation>
    </message>
    <message>
        <source>The page says: &quot;%1&quot;</source>
        <translation>Mae&apos;r dudalen yn dweud: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The page asked &quot;%1&quot;. PKB Link cannot answer questions from the page here, so it answered No. If you cannot go on, press Cancel and connect again.</source>
        <translation>Gofynnodd y dudalen &quot;%1&quot;. Ni all PKB Link ateb cwestiynau gan y dudalen yma, felly atebodd Na. Os na allwch fynd ymlaen, pwyswch Canslo a chysylltu eto.</translation>
    </message>
    <message>
        <source>The page asked for a file. Files cannot be chosen or sent from PKB Link&apos;s sign-in page.</source>
        <translation>Gofynnodd y dudalen am ffeil. Ni ellir dewis nac anfon ffeiliau o dudalen fewngofnodi PKB Link.</translation>
    </message>
    <message>
        <source>This sign-in option leads to %1, which PKB Link does not allow. Ask your administrator, or sign in with your PKB user name and password.</source>
        <translation>Mae&apos;r dewis mewngofnodi hwn yn arwain at %1, nad yw PKB Link yn ei ganiatáu. Gofynnwch i&apos;ch gweinyddwr, neu mewngofnodwch gyda&apos;ch enw defnyddiwr a&apos;ch cyfrinair PKB.</translation>
    </message>
    <message>
        <source>PKB Link stopped the page from opening a site that is not on its list of sign-in sites.</source>
        <translation>Rhwystrodd PKB Link y dudalen rhag agor gwefan nad yw ar ei restr o wefannau mewngofnodi.</translation>
    </message>
</context>
<context>
    <name>GrantHeaderBar</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Diogelwch y cysylltiad</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Gwefan</translation>
    </message>
    <message>
        <source>The address of the page shown below</source>
        <translation>Cyfeiriad y dudalen a ddangosir isod</translation>
    </message>
    <message>
        <source>Page loading progress</source>
        <translation>Cynnydd llwytho&apos;r dudalen</translation>
    </message>
    <message>
        <source>How much of PKB&apos;s page has loaded</source>
        <translation>Faint o dudalen PKB sydd wedi llwytho</translation>
    </message>
    <message>
        <source>Stop connecting to Patients Know Best and close this page</source>
        <translation>Rhoi&apos;r gorau i gysylltu â Patients Know Best a chau&apos;r dudalen hon</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Cysylltiad diogel</translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted (HTTPS).</source>
        <translation>Mae&apos;r cysylltiad â %1 wedi&apos;i amgryptio (HTTPS).</translation>
    </message>
    <message>
        <source>Not encrypted: local test server</source>
        <translation>Heb ei amgryptio: gweinydd prawf lleol</translation>
    </message>
    <message>
        <source>This page comes from a test server on this computer, not from PKB.</source>
        <translation>Mae&apos;r dudalen hon yn dod o weinydd prawf ar y cyfrifiadur hwn, nid o PKB.</translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation>Ddim yn ddiogel</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted.</source>
        <translation>Nid yw&apos;r cysylltiad â %1 wedi&apos;i amgryptio.</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Gwefan: %1</translation>
    </message>
    <message>
        <source>Website: %1, %2</source>
        <translation>Gwefan: %1, %2</translation>
    </message>
    <message>
        <source>What you type on the page below goes to %1.</source>
        <translation>Mae&apos;r hyn rydych yn ei deipio ar y dudalen isod yn mynd i %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>GrantModuleLoader</name>
    <message>
        <source>The part of PKB Link that shows PKB&apos;s pages is missing or from another version. Reinstall PKB Link.</source>
        <translation>Mae&apos;r rhan o PKB Link sy&apos;n dangos tudalennau PKB ar goll neu&apos;n dod o fersiwn arall. Gosodwch PKB Link eto.</translation>
    </message>
</context>
<context>
    <name>GrantStepPage</name>
    <message>
        <source>Sign in to Patients Know Best below, then choose whether PKB Link may read your details. This is PKB&apos;s own page: PKB Link never sees your PKB password.</source>
        <translation>Mewngofnodwch i Patients Know Best isod, yna dewiswch a gaiff PKB Link ddarllen eich manylion. Tudalen PKB ei hun yw hon: nid yw PKB Link byth yn gweld eich cyfrinair PKB.</translation>
    </message>
    <message>
        <source>Sign in with my &amp;web browser instead</source>
        <translation>Mewngofnodi gyda fy &amp;mhorwr gwe yn lle hynny</translation>
    </message>
    <message>
        <source>Sign in with my web browser instead</source>
        <translation>Mewngofnodi gyda fy mhorwr gwe yn lle hynny</translation>
    </message>
    <message>
        <source>Opens PKB&apos;s sign-in page in your own web browser, for example to use your password manager or a security key there.</source>
        <translation>Yn agor tudalen mewngofnodi PKB yn eich porwr gwe eich hun, er enghraifft i ddefnyddio eich rheolwr cyfrineiriau neu allwedd ddiogelwch yno.</translation>
    </message>
</context>
<context>
    <name>GrantWebAuthDialog</name>
    <message>
        <source>Security key</source>
        <translation>Allwedd ddiogelwch</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN eto</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Rhoi cynnig arall arni</translation>
    </message>
    <message>
        <source>Touch your security key, or follow its instructions, to sign in to %1.</source>
        <translation>Cyffyrddwch â&apos;ch allwedd ddiogelwch, neu dilynwch ei chyfarwyddiadau, i fewngofnodi i %1.</translation>
    </message>
    <message>
        <source>Choose the account to sign in to %1 with.</source>
        <translation>Dewiswch y cyfrif i fewngofnodi i %1 ag ef.</translation>
    </message>
    <message>
        <source>Choose a PIN for your security key (at least %1 characters).</source>
        <translation>Dewiswch PIN ar gyfer eich allwedd ddiogelwch (o leiaf %1 nod).</translation>
    </message>
    <message>
        <source>Enter the PIN of your security key.</source>
        <translation>Rhowch PIN eich allwedd ddiogelwch.</translation>
    </message>
    <message>
        <source>That PIN is not right. Attempts left: %1.</source>
        <translation>Nid yw&apos;r PIN hwnnw&apos;n gywir. Ymdrechion ar ôl: %1.</translation>
    </message>
    <message>
        <source>The PIN is too short.</source>
        <translation>Mae&apos;r PIN yn rhy fyr.</translation>
    </message>
    <message>
        <source>The security key did not accept this PIN. Try another one.</source>
        <translation>Ni dderbyniodd yr allwedd ddiogelwch y PIN hwn. Rhowch gynnig ar un arall.</translation>
    </message>
    <message>
        <source>The security key did not answer in time.</source>
        <translation>Ni atebodd yr allwedd ddiogelwch mewn pryd.</translation>
    </message>
    <message>
        <source>This security key is not registered for this account.</source>
        <translation>Nid yw&apos;r allwedd ddiogelwch hon wedi&apos;i chofrestru ar gyfer y cyfrif hwn.</translation>
    </message>
    <message>
        <source>The security key is locked after too many wrong PINs.</source>
        <translation>Mae&apos;r allwedd ddiogelwch wedi&apos;i chloi ar ôl gormod o rifau PIN anghywir.</translation>
    </message>
    <message>
        <source>The security key could not be used to sign in.</source>
        <translation>Nid oedd modd defnyddio&apos;r allwedd ddiogelwch i fewngofnodi.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Nid yw&apos;r ddau PIN yr un fath.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>PKB has ended this app&apos;s access to your record. Grant access again to see your details.</source>
        <translation>Mae PKB wedi dod â mynediad yr ap hwn i&apos;ch cofnod i ben. Rhowch fynediad eto i weld eich manylion.</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Helo</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Helo, %1</translation>
    </message>
    <message>
        <source>&amp;Grant access again</source>
        <translation>&amp;Rhoi mynediad eto</translation>
    </message>
    <message>
        <source>Grant access again</source>
        <translation>Rhoi mynediad eto</translation>
    </message>
    <message>
        <source>You will sign in to PKB on its own page and allow PKB Link to read your details again.</source>
        <translation>Byddwch yn mewngofnodi i PKB ar ei dudalen ei hun ac yn caniatáu i PKB Link ddarllen eich manylion eto.</translation>
    </message>
    <message>
        <source>&amp;Connect your Patients Know Best record</source>
        <translation>Cy&amp;sylltu eich cofnod Patients Know Best</translation>
    </message>
    <message>
        <source>Connect your Patients Know Best record</source>
        <translation>Cysylltu eich cofnod Patients Know Best</translation>
    </message>
    <message>
        <source>You will sign in to PKB on its own page and allow PKB Link to read your details. You only need to do this once.</source>
        <translation>Byddwch yn mewngofnodi i PKB ar ei dudalen ei hun ac yn caniatáu i PKB Link ddarllen eich manylion. Dim ond unwaith y mae angen i chi wneud hyn.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>You are about to be signed out</source>
        <translation>Rydych chi ar fin cael eich allgofnodi</translation>
    </message>
    <message numerus="yes">
        <source>No one has used PKB Link for a while. You will be signed out in %n s.</source>
        <translation>
            <numerusform>Nid oes neb wedi defnyddio PKB Link ers tro. Byddwch yn cael eich allgofnodi ymhen %n eiliad.</numerusform>
            <numerusform>Nid oes neb wedi defnyddio PKB Link ers tro. Byddwch yn cael eich allgofnodi ymhen %n eiliad.</numerusform>
            <numerusform>Nid oes neb wedi defnyddio PKB Link ers tro. Byddwch yn cael eich allgofnodi ymhen %n eiliad.</numerusform>
            <numerusform>Nid oes neb wedi defnyddio PKB Link ers tro. Byddwch yn cael eich allgofnodi ymhen %n eiliad.</numerusform>
            <numerusform>Nid oes neb wedi defnyddio PKB Link ers tro. Byddwch yn cael eich allgofnodi ymhen %n eiliad.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stay signed in</source>
        <translation>Aros wedi &amp;mewngofnodi</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Aros wedi mewngofnodi</translation>
    </message>
    <message>
        <source>Keep this session open</source>
        <translation>Cadw&apos;r sesiwn hon ar agor</translation>
    </message>
</context>
<context>
    <name>KeychainEntryJob</name>
    <message>
        <source>No system keychain is available to keep your PKB access safe. Start one (on Linux: GNOME Keyring or KWallet) and try again.</source>
        <translation>Nid oes cadwyn allweddi system ar gael i gadw eich mynediad i PKB yn ddiogel. Dechreuwch un (ar Linux: GNOME Keyring neu KWallet) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Access to your system keychain was refused. Allow PKB Link to use the keychain when asked, and try again.</source>
        <translation>Gwrthodwyd mynediad i gadwyn allweddi eich system. Caniatewch i PKB Link ddefnyddio&apos;r gadwyn allweddi pan ofynnir i chi, a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Your system keychain is locked. Unlock it (on Linux: GNOME Keyring or KWallet) and try again.</source>
        <translation>Mae cadwyn allweddi eich system wedi&apos;i chloi. Datglowch hi (ar Linux: GNOME Keyring neu KWallet) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>PKB Link could not remove its saved access from your system keychain. Unlock the keychain and try again.</source>
        <translation>Nid oedd PKB Link yn gallu tynnu&apos;r mynediad a gadwodd o gadwyn allweddi eich system. Datglowch y gadwyn allweddi a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Your system keychain is locked or not running. Unlock or start it (on Linux: GNOME Keyring or KWallet) and try again.</source>
        <translation>Mae cadwyn allweddi eich system wedi&apos;i chloi neu nid yw&apos;n rhedeg. Datglowch hi neu ei dechrau (ar Linux: GNOME Keyring neu KWallet) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Your system keychain could not be used. Check that it is running and unlocked, and try again.</source>
        <translation>Nid oedd modd defnyddio cadwyn allweddi eich system. Gwiriwch ei bod yn rhedeg ac wedi&apos;i datgloi, a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Your system keychain is still not answering. If it asks you to unlock it, do so; then press Retry.</source>
        <translation>Nid yw cadwyn allweddi eich system yn ateb o hyd. Os yw&apos;n gofyn i chi ei datgloi, gwnewch hynny; yna pwyswch Ceisio eto.</translation>
    </message>
    <message>
        <source>Your system keychain is not answering. If it asks you to unlock it, do so; then press Retry.</source>
        <translation>Nid yw cadwyn allweddi eich system yn ateb. Os yw&apos;n gofyn i chi ei datgloi, gwnewch hynny; yna pwyswch Ceisio eto.</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>PKB Link could not name its keychain entry.</source>
        <translation>Nid oedd PKB Link yn gallu enwi ei gofnod yn y gadwyn allweddi.</translation>
    </message>
</context>
<context>
    <name>LinkAttempt</name>
    <message>
        <source>Linking was cancelled.</source>
        <translation>Cafodd y broses gysylltu ei chanslo.</translation>
    </message>
</context>
<context>
    <name>LinkingPage</name>
    <message>
        <source>Please wait</source>
        <translation>Arhoswch funud</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wrthi&apos;n gweithio</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>The address for signing in with your web browser is not usable. Ask your administrator to set it to http://127.0.0.1 with a path (and a port, if PKB registered one).</source>
        <translation>Ni ellir defnyddio&apos;r cyfeiriad ar gyfer mewngofnodi gyda&apos;ch porwr gwe. Gofynnwch i&apos;ch gweinyddwr ei osod i http://127.0.0.1 gyda llwybr (a phorth, os cofrestrodd PKB un).</translation>
    </message>
    <message>
        <source>PKB Link could not wait for your browser&apos;s answer on this computer. Please try again.</source>
        <translation>Ni allai PKB Link aros am ateb eich porwr ar y cyfrifiadur hwn. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>PKB Link could not wait for your browser&apos;s answer: another program on this computer uses port %1. Close it and try again, or ask your administrator.</source>
        <translation>Ni allai PKB Link aros am ateb eich porwr: mae rhaglen arall ar y cyfrifiadur hwn yn defnyddio porth %1. Caewch hi a rhowch gynnig arall arni, neu gofynnwch i&apos;ch gweinyddwr.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Wedi mewngofnodi</translation>
    </message>
    <message>
        <source>You can close this tab and return to PKB Link.</source>
        <translation>Gallwch gau&apos;r tab hwn a dychwelyd i PKB Link.</translation>
    </message>
    <message>
        <source>Sign-in not recognised</source>
        <translation>Ni adnabuwyd y mewngofnodi</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in PKB Link is waiting for. Nothing was changed. Return to PKB Link and try again.</source>
        <translation>Nid yw&apos;r ateb hwn yn perthyn i&apos;r mewngofnodi y mae PKB Link yn aros amdano. Ni newidiwyd dim. Dychwelwch i PKB Link a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Sign-in already finished</source>
        <translation>Mae&apos;r mewngofnodi wedi gorffen yn barod</translation>
    </message>
    <message>
        <source>PKB Link has already received the answer to this sign-in. Nothing was changed. You can close this tab and return to PKB Link.</source>
        <translation>Mae PKB Link eisoes wedi cael yr ateb i&apos;r mewngofnodi hwn. Ni newidiwyd dim. Gallwch gau&apos;r tab hwn a dychwelyd i PKB Link.</translation>
    </message>
    <message>
        <source>Not a sign-in address</source>
        <translation>Nid cyfeiriad mewngofnodi yw hwn</translation>
    </message>
    <message>
        <source>This address only receives PKB&apos;s answer while you sign in to PKB Link. Nothing was changed.</source>
        <translation>Dim ond ateb PKB wrth i chi fewngofnodi i PKB Link y mae&apos;r cyfeiriad hwn yn ei dderbyn. Ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PKB Link</source>
        <translation>PKB Link</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cyfrif</translation>
    </message>
    <message>
        <source>&amp;Unlink PKB record...</source>
        <translation>&amp;Datgysylltu&apos;r cofnod PKB...</translation>
    </message>
    <message>
        <source>Remove this app&apos;s access to your PKB record from this computer</source>
        <translation>Tynnu mynediad yr ap hwn i&apos;ch cofnod PKB oddi ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>&amp;Change password...</source>
        <translation>Newid &amp;cyfrinair...</translation>
    </message>
    <message>
        <source>Change the password of your PKB Link account</source>
        <translation>Newid cyfrinair eich cyfrif PKB Link</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Allgofnodi</translation>
    </message>
    <message>
        <source>Sign out of PKB Link on this computer</source>
        <translation>Allgofnodi o PKB Link ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>&amp;Delete account...</source>
        <translation>Di&amp;leu&apos;r cyfrif...</translation>
    </message>
    <message>
        <source>Delete your PKB Link account and its link to PKB</source>
        <translation>Dileu eich cyfrif PKB Link a&apos;i gysylltiad â PKB</translation>
    </message>
    <message>
        <source>S&amp;ettings...</source>
        <translation>G&amp;osodiadau...</translation>
    </message>
    <message>
        <source>How PKB Link reaches Patients Know Best</source>
        <translation>Sut mae PKB Link yn cysylltu â Patients Know Best</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Close PKB Link</source>
        <translation>Cau PKB Link</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Cymort&amp;h</translation>
    </message>
    <message>
        <source>&amp;About PKB Link</source>
        <translation>&amp;Ynghylch PKB Link</translation>
    </message>
    <message>
        <source>NHS number copied.</source>
        <translation>Mae&apos;r rhif GIG wedi&apos;i gopïo.</translation>
    </message>
    <message>
        <source>Your PKB record is no longer linked to PKB Link.</source>
        <translation>Nid yw eich cofnod PKB wedi&apos;i gysylltu â PKB Link mwyach.</translation>
    </message>
    <message>
        <source>Your PKB Link account was deleted from this computer.</source>
        <translation>Cafodd eich cyfrif PKB Link ei ddileu o&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Linking your PKB record...</source>
        <translation>Wrthi&apos;n cysylltu eich cofnod PKB...</translation>
    </message>
    <message>
        <source>Getting your details from PKB...</source>
        <translation>Wrthi&apos;n cael eich manylion gan PKB...</translation>
    </message>
    <message>
        <source>Checking PKB&apos;s answer...</source>
        <translation>Wrthi&apos;n gwirio ateb PKB...</translation>
    </message>
    <message>
        <source>You cancelled connecting to PKB.</source>
        <translation>Fe wnaethoch ganslo&apos;r broses o gysylltu â PKB.</translation>
    </message>
    <message>
        <source>Your PKB record is linked.</source>
        <translation>Mae eich cofnod PKB wedi&apos;i gysylltu.</translation>
    </message>
    <message>
        <source>Open in your browser?</source>
        <translation>Agor yn eich porwr?</translation>
    </message>
    <message>
        <source>This link leads away from PKB&apos;s sign-in pages, to %1. Open it in your web browser?</source>
        <translation>Mae&apos;r ddolen hon yn mynd â chi oddi wrth dudalennau mewngofnodi PKB, i %1. Ydych chi am ei hagor yn eich porwr gwe?</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Agor yn y porwr</translation>
    </message>
    <message>
        <source>Details for support: %1</source>
        <translation>Manylion ar gyfer y tîm cymorth: %1</translation>
    </message>
    <message>
        <source>Unlink your PKB record?</source>
        <translation>Datgysylltu eich cofnod PKB?</translation>
    </message>
    <message>
        <source>PKB Link will forget the keys PKB gave it and stop showing your details. Your PKB record itself is not changed. You can connect again later.</source>
        <translation>Bydd PKB Link yn anghofio&apos;r allweddi a roddodd PKB iddo ac yn peidio â dangos eich manylion. Ni fydd eich cofnod PKB ei hun yn newid. Gallwch gysylltu eto yn nes ymlaen.</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Datgysylltu</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Rydych chi wedi allgofnodi.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Cafodd eich cyfrinair ei newid.</translation>
    </message>
    <message>
        <source>Delete your PKB Link account?</source>
        <translation>Dileu eich cyfrif PKB Link?</translation>
    </message>
    <message>
        <source>This deletes your PKB Link account from this computer and forgets the keys PKB gave it. Your PKB record itself is not changed. This cannot be undone.</source>
        <translation>Bydd hyn yn dileu eich cyfrif PKB Link o&apos;r cyfrifiadur hwn ac yn anghofio&apos;r allweddi a roddodd PKB iddo. Ni fydd eich cofnod PKB ei hun yn newid. Nid oes modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>&amp;Delete account</source>
        <translation>&amp;Dileu&apos;r cyfrif</translation>
    </message>
    <message>
        <source>Opening your account. If your system asks you to unlock your keychain, do so.</source>
        <translation>Wrthi&apos;n agor eich cyfrif. Os yw eich system yn gofyn i chi ddatgloi eich cadwyn allweddi, gwnewch hynny.</translation>
    </message>
    <message>
        <source>Saving PKB&apos;s access in your system keychain. If your system asks you to unlock your keychain, do so.</source>
        <translation>Wrthi&apos;n cadw mynediad PKB yn cadwyn allweddi eich system. Os yw eich system yn gofyn i chi ddatgloi eich cadwyn allweddi, gwnewch hynny.</translation>
    </message>
    <message>
        <source>PKB has given access, but your system keychain could not keep it yet. Unlock or start your keychain, then press Retry.</source>
        <translation>Mae PKB wedi rhoi mynediad, ond ni allai cadwyn allweddi eich system ei gadw eto. Datglowch neu dechreuwch eich cadwyn allweddi, yna pwyswch Ceisio eto.</translation>
    </message>
    <message>
        <source>Versions, privacy and licences</source>
        <translation>Fersiynau, preifatrwydd a thrwyddedau</translation>
    </message>
    <message>
        <source>Links that lead away from PKB&apos;s pages cannot be opened on this computer.</source>
        <translation>Ni ellir agor dolenni sy&apos;n arwain i ffwrdd o dudalennau PKB ar y cyfrifiadur hwn.</translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <source>You chose not to give PKB Link access. You can connect later.</source>
        <translation>Fe wnaethoch ddewis peidio â rhoi mynediad i PKB Link. Gallwch gysylltu yn nes ymlaen.</translation>
    </message>
    <message>
        <source>PKB could not complete the request right now. Please try again in a few minutes.</source>
        <translation>Nid oedd PKB yn gallu cwblhau&apos;r cais ar hyn o bryd. Rhowch gynnig arall arni ymhen ychydig funudau.</translation>
    </message>
    <message>
        <source>PKB could not give PKB Link access. Please try again, or contact support if it keeps happening.</source>
        <translation>Nid oedd PKB yn gallu rhoi mynediad i PKB Link. Rhowch gynnig arall arni, neu cysylltwch â&apos;r tîm cymorth os yw&apos;n dal i ddigwydd.</translation>
    </message>
    <message>
        <source>PKB did not accept this app&apos;s client id or secret. Check Settings or ask your administrator.</source>
        <translation>Ni wnaeth PKB dderbyn ID cleient neu gyfrinach yr ap hwn. Gwiriwch y Gosodiadau neu gofynnwch i&apos;ch gweinyddwr.</translation>
    </message>
    <message>
        <source>PKB has ended this app&apos;s access. Please grant access again.</source>
        <translation>Mae PKB wedi dod â mynediad yr ap hwn i ben. Rhowch fynediad eto.</translation>
    </message>
    <message>
        <source>The sign-in code was already used or has expired. Please connect again.</source>
        <translation>Mae&apos;r cod mewngofnodi eisoes wedi&apos;i ddefnyddio neu wedi dod i ben. Cysylltwch eto.</translation>
    </message>
    <message>
        <source>PKB is having problems right now. Please try again in a few minutes.</source>
        <translation>Mae PKB yn cael problemau ar hyn o bryd. Rhowch gynnig arall arni ymhen ychydig funudau.</translation>
    </message>
    <message>
        <source>PKB is busy. Please wait a minute and try again.</source>
        <translation>Mae PKB yn brysur. Arhoswch funud a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>PKB gave an answer PKB Link did not expect. Please try again later.</source>
        <translation>Rhoddodd PKB ateb nad oedd PKB Link yn ei ddisgwyl. Rhowch gynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <source>PKB refused the request to connect. Please try again, or contact support if it keeps happening.</source>
        <translation>Gwrthododd PKB y cais i gysylltu. Rhowch gynnig arall arni, neu cysylltwch â&apos;r tîm cymorth os yw&apos;n dal i ddigwydd.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password could not be protected on this computer.</source>
        <translation>Nid oedd modd diogelu&apos;r cyfrinair ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>The password could not be protected on this computer: it is short of memory. Close other programs and try again.</source>
        <translation>Nid oedd modd diogelu&apos;r cyfrinair ar y cyfrifiadur hwn: nid oes digon o gof ar gael. Caewch raglenni eraill a rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>The password is too short: use at least %1 characters (%n more needed).</source>
        <translation>
            <numerusform>Mae&apos;r cyfrinair yn rhy fyr: defnyddiwch o leiaf %1 nod (mae angen %n nod arall).</numerusform>
            <numerusform>Mae&apos;r cyfrinair yn rhy fyr: defnyddiwch o leiaf %1 nod (mae angen %n nod arall).</numerusform>
            <numerusform>Mae&apos;r cyfrinair yn rhy fyr: defnyddiwch o leiaf %1 nod (mae angen %n nod arall).</numerusform>
            <numerusform>Mae&apos;r cyfrinair yn rhy fyr: defnyddiwch o leiaf %1 nod (mae angen %n nod arall).</numerusform>
            <numerusform>Mae&apos;r cyfrinair yn rhy fyr: defnyddiwch o leiaf %1 nod (mae angen %n nod arall).</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>Mae&apos;r cyfrinair yn rhy hir: defnyddiwch %1 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password in both fields.</source>
        <translation>Nid yw&apos;r ddau gyfrinair yr un fath. Teipiwch yr un cyfrinair yn y ddau faes.</translation>
    </message>
</context>
<context>
    <name>PkbErrors</name>
    <message>
        <source>PKB sent an answer this app could not read. Try again later; if it keeps happening, contact support.</source>
        <translation>Anfonodd PKB ateb nad oedd yr ap hwn yn gallu ei ddarllen. Rhowch gynnig arall arni yn nes ymlaen; os yw&apos;n dal i ddigwydd, cysylltwch â&apos;r tîm cymorth.</translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your connection and try again.</source>
        <translation>Nid oedd modd cysylltu â PKB. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>PKB did not allow this app to read that part of your record.</source>
        <translation>Ni wnaeth PKB ganiatáu i&apos;r ap hwn ddarllen y rhan honno o&apos;ch cofnod.</translation>
    </message>
    <message>
        <source>PKB did not accept this app&apos;s access to your record. Sign in again; if that does not help, grant access again.</source>
        <translation>Ni wnaeth PKB dderbyn mynediad yr ap hwn i&apos;ch cofnod. Mewngofnodwch eto; os nad yw hynny&apos;n helpu, rhowch fynediad eto.</translation>
    </message>
    <message>
        <source>PKB could not find that part of your record.</source>
        <translation>Nid oedd PKB yn gallu dod o hyd i&apos;r rhan honno o&apos;ch cofnod.</translation>
    </message>
    <message>
        <source>PKB is busy right now. Wait a moment and try again.</source>
        <translation>Mae PKB yn brysur ar hyn o bryd. Arhoswch ennyd a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>PKB gave an unexpected answer. Try again later; if it keeps happening, contact support.</source>
        <translation>Rhoddodd PKB ateb annisgwyl. Rhowch gynnig arall arni yn nes ymlaen; os yw&apos;n dal i ddigwydd, cysylltwch â&apos;r tîm cymorth.</translation>
    </message>
    <message>
        <source>A secure connection to PKB could not be made. Check your network (a proxy or firewall may be interfering) and try again.</source>
        <translation>Nid oedd modd creu cysylltiad diogel â PKB. Gwiriwch eich rhwydwaith (gall dirprwy neu wal dân fod yn ymyrryd) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The PKB address is not allowed: PKB must be reached over HTTPS. Check the PKB address in Settings.</source>
        <translation>Nid yw cyfeiriad PKB yn cael ei ganiatáu: rhaid cysylltu â PKB dros HTTPS. Gwiriwch gyfeiriad PKB yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>PKB is taking too long to answer. It may be busy: try again in a moment.</source>
        <translation>Mae PKB yn cymryd gormod o amser i ateb. Efallai ei fod yn brysur: rhowch gynnig arall arni mewn munud.</translation>
    </message>
</context>
<context>
    <name>PlainTextSecretFile</name>
    <message>
        <source>PKB Link could not use its token file. Check the disk and try again.</source>
        <translation>Nid oedd PKB Link yn gallu defnyddio ei ffeil tocynnau. Gwiriwch y ddisg a rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>SecretJob</name>
    <message>
        <source>The data saved in your system keychain is incomplete or damaged.</source>
        <translation>Mae&apos;r data sydd wedi&apos;i gadw yng nghadwyn allweddi eich system yn anghyflawn neu wedi&apos;i ddifrodi.</translation>
    </message>
</context>
<context>
    <name>SecretReadJob</name>
    <message>
        <source>Your system keychain is locked. Unlock it, then press Retry.</source>
        <translation>Mae cadwyn allweddi eich system wedi&apos;i chloi. Datglowch hi, yna pwyswch Ceisio eto.</translation>
    </message>
</context>
<context>
    <name>SecretWriteJob</name>
    <message>
        <source>The data is too large for the system keychain.</source>
        <translation>Mae&apos;r data yn rhy fawr i gadwyn allweddi&apos;r system.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>How PKB Link reaches Patients Know Best. The values come from PKB&apos;s integrations team; change them only if you were asked to.</source>
        <translation>Sut mae PKB Link yn cysylltu â Patients Know Best. Daw&apos;r gwerthoedd gan dîm integreiddio PKB; dim ond os gofynnwyd i chi wneud hynny y dylech eu newid.</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Amgylchedd:</translation>
    </message>
    <message>
        <source>Which PKB system to use</source>
        <translation>Pa system PKB i&apos;w defnyddio</translation>
    </message>
    <message>
        <source>PKB sandbox (test system)</source>
        <translation>Blwch tywod PKB (system brawf)</translation>
    </message>
    <message>
        <source>PKB UK (live)</source>
        <translation>PKB y DU (byw)</translation>
    </message>
    <message>
        <source>Local test server</source>
        <translation>Gweinydd prawf lleol</translation>
    </message>
    <message>
        <source>Custom addresses</source>
        <translation>Cyfeiriadau wedi&apos;u teilwra</translation>
    </message>
    <message>
        <source>&amp;Base address:</source>
        <translation>Cyfeiriad &amp;sylfaen:</translation>
    </message>
    <message>
        <source>The address of the PKB system; empty for the environment&apos;s own</source>
        <translation>Cyfeiriad y system PKB; gadewch yn wag i ddefnyddio cyfeiriad yr amgylchedd ei hun</translation>
    </message>
    <message>
        <source>A&amp;uthorization address:</source>
        <translation>Cyfeiriad a&amp;wdurdodi:</translation>
    </message>
    <message>
        <source>Where the grant-access pages are; empty to derive it from the base address</source>
        <translation>Lle mae&apos;r tudalennau rhoi mynediad; gadewch yn wag i&apos;w gyfrifo o&apos;r cyfeiriad sylfaen</translation>
    </message>
    <message>
        <source>&amp;Token address:</source>
        <translation>Cyfeiriad &amp;tocynnau:</translation>
    </message>
    <message>
        <source>Where the app exchanges codes for tokens; empty to derive it</source>
        <translation>Lle mae&apos;r ap yn cyfnewid codau am docynnau; gadewch yn wag i&apos;w gyfrifo</translation>
    </message>
    <message>
        <source>&amp;REST API address:</source>
        <translation>Cyfeiriad API &amp;REST:</translation>
    </message>
    <message>
        <source>Base of PKB&apos;s REST API; empty to derive it</source>
        <translation>Sylfaen API REST PKB; gadewch yn wag i&apos;w gyfrifo</translation>
    </message>
    <message>
        <source>&amp;FHIR address:</source>
        <translation>Cyfeiriad &amp;FHIR:</translation>
    </message>
    <message>
        <source>Base of PKB&apos;s FHIR API; empty to derive it</source>
        <translation>Sylfaen API FHIR PKB; gadewch yn wag i&apos;w gyfrifo</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>ID c&amp;leient:</translation>
    </message>
    <message>
        <source>The client id PKB gave this app</source>
        <translation>Yr ID cleient a roddodd PKB i&apos;r ap hwn</translation>
    </message>
    <message>
        <source>Client &amp;authentication:</source>
        <translation>&amp;Dilysu&apos;r cleient:</translation>
    </message>
    <message>
        <source>How the app proves its identity to PKB&apos;s token endpoint</source>
        <translation>Sut mae&apos;r ap yn profi pwy ydyw i bwynt terfyn tocynnau PKB</translation>
    </message>
    <message>
        <source>None (public client)</source>
        <translation>Dim (cleient cyhoeddus)</translation>
    </message>
    <message>
        <source>Client secret, HTTP Basic</source>
        <translation>Cyfrinach cleient, HTTP Basic</translation>
    </message>
    <message>
        <source>Client secret, in the form</source>
        <translation>Cyfrinach cleient, yn y ffurflen</translation>
    </message>
    <message>
        <source>Re&amp;direct address:</source>
        <translation>Cyfeiriad ailg&amp;yfeirio:</translation>
    </message>
    <message>
        <source>The redirect address registered with PKB</source>
        <translation>Y cyfeiriad ailgyfeirio sydd wedi&apos;i gofrestru gyda PKB</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>The language of PKB&apos;s pages and of this app</source>
        <translation>Iaith tudalennau PKB ac iaith yr ap hwn</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Rhagosodiad y system</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>English (Saesneg y DU)</translation>
    </message>
    <message>
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Ni chafodd y gosodiadau eu cadw</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save the settings and close</source>
        <translation>Cadw&apos;r gosodiadau a chau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cau heb gadw</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Wedi&apos;i osod gan eich gweinyddwr</translation>
    </message>
    <message>
        <source>Required for this environment</source>
        <translation>Yn ofynnol ar gyfer yr amgylchedd hwn</translation>
    </message>
    <message>
        <source>Polski (Polish)</source>
        <translation>Polski (Pwyleg)</translation>
    </message>
    <message>
        <source>اردو (Urdu)</source>
        <translation>اردو (Wrdw)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;nslo</translation>
    </message>
</context>
<context>
    <name>SignInOrigins</name>
    <message>
        <source>The sign-in site &quot;%1&quot; is not allowed. Sign-in sites must be HTTPS addresses without a path.</source>
        <translation>Ni chaniateir y wefan fewngofnodi &quot;%1&quot;. Rhaid i wefannau mewngofnodi fod yn gyfeiriadau HTTPS heb lwybr.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to PKB Link</source>
        <translation>Mewngofnodi i PKB Link</translation>
    </message>
    <message>
        <source>A&amp;ccounts on this computer:</source>
        <translation>Cyf&amp;rifon ar y cyfrifiadur hwn:</translation>
    </message>
    <message>
        <source>Accounts on this computer</source>
        <translation>Cyfrifon ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Choose your account to fill in the user name, then type your password</source>
        <translation>Dewiswch eich cyfrif i lenwi&apos;r enw defnyddiwr, yna teipiwch eich cyfrinair</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Your PKB Link user name on this computer</source>
        <translation>Eich enw defnyddiwr PKB Link ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Your PKB Link password on this computer</source>
        <translation>Eich cyfrinair PKB Link ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Cy&amp;frinair:</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Heb fewngofnodi</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Go back to the welcome page</source>
        <translation>Mynd yn ôl i&apos;r dudalen groeso</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Mewngofnodi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>Sign in with this user name and password</source>
        <translation>Mewngofnodi gyda&apos;r enw defnyddiwr a&apos;r cyfrinair hyn</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Wrthi&apos;n mewngofnodi…</translation>
    </message>
</context>
<context>
    <name>SignInThrottle</name>
    <message numerus="yes">
        <source>Too many attempts with a wrong password. Try again in %n second(s).</source>
        <translation>
            <numerusform>Gormod o ymdrechion gyda chyfrinair anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o ymdrechion gyda chyfrinair anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o ymdrechion gyda chyfrinair anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o ymdrechion gyda chyfrinair anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o ymdrechion gyda chyfrinair anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts with a wrong password. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Gormod o ymdrechion gyda chyfrinair anghywir. Rhowch gynnig arall arni ymhen %n munud.</numerusform>
            <numerusform>Gormod o ymdrechion gyda chyfrinair anghywir. Rhowch gynnig arall arni ymhen %n munud.</numerusform>
            <numerusform>Gormod o ymdrechion gyda chyfrinair anghywir. Rhowch gynnig arall arni ymhen %n munud.</numerusform>
            <numerusform>Gormod o ymdrechion gyda chyfrinair anghywir. Rhowch gynnig arall arni ymhen %n munud.</numerusform>
            <numerusform>Gormod o ymdrechion gyda chyfrinair anghywir. Rhowch gynnig arall arni ymhen %n munud.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignedOutPage</name>
    <message>
        <source>You have been signed out</source>
        <translation>Rydych chi wedi cael eich allgofnodi</translation>
    </message>
    <message>
        <source>No one used PKB Link for a while, so you were signed out to keep your record private. Nothing of your record is shown any more.</source>
        <translation>Ni ddefnyddiodd neb PKB Link am sbel, felly cawsoch eich allgofnodi i gadw eich cofnod yn breifat. Nid oes dim o&apos;ch cofnod yn cael ei ddangos mwyach.</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>&amp;Mewngofnodi eto</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Mewngofnodi eto</translation>
    </message>
    <message>
        <source>Go to the sign-in page</source>
        <translation>Mynd i&apos;r dudalen fewngofnodi</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>The accounts on this computer could not be read or saved. Nothing was changed. Try again; if this keeps happening, ask for help.</source>
        <translation>Nid oedd modd darllen na chadw&apos;r cyfrifon ar y cyfrifiadur hwn. Ni newidiwyd dim. Rhowch gynnig arall arni; os yw hyn yn dal i ddigwydd, gofynnwch am help.</translation>
    </message>
    <message>
        <source>The accounts file of PKB Link on this computer is damaged or is not an accounts file, so it cannot be used. Ask for help; do not delete it unless you mean to remove every account.</source>
        <translation>Mae ffeil cyfrifon PKB Link ar y cyfrifiadur hwn wedi&apos;i difrodi neu nid yw&apos;n ffeil cyfrifon, felly nid oes modd ei defnyddio. Gofynnwch am help; peidiwch â&apos;i dileu oni bai eich bod am gael gwared ar bob cyfrif.</translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <source>PKB&apos;s answer could not be checked. Please try again.</source>
        <translation>Nid oedd modd gwirio ateb PKB. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>PKB gave no refresh token for this session. Please grant access again.</source>
        <translation>Ni roddodd PKB docyn adnewyddu ar gyfer y sesiwn hon. Rhowch fynediad eto.</translation>
    </message>
    <message>
        <source>No PKB client id is set. Enter the client id PKB gave you in Settings, or ask your administrator.</source>
        <translation>Nid oes ID cleient PKB wedi&apos;i osod. Rhowch yr ID cleient a roddodd PKB i chi yn y Gosodiadau, neu gofynnwch i&apos;ch gweinyddwr.</translation>
    </message>
    <message>
        <source>The client authentication method needs a client secret, and none was given.</source>
        <translation>Mae angen cyfrinach cleient ar gyfer y dull dilysu cleient, ond ni roddwyd un.</translation>
    </message>
    <message>
        <source>The network timeout must be positive.</source>
        <translation>Rhaid i derfyn amser y rhwydwaith fod yn fwy na sero.</translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your connection and try again.</source>
        <translation>Nid oedd modd cysylltu â PKB. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>TokenRequestJob</name>
    <message>
        <source>The request has not finished.</source>
        <translation>Nid yw&apos;r cais wedi gorffen.</translation>
    </message>
    <message>
        <source>Connecting to PKB was cancelled.</source>
        <translation>Cafodd y broses o gysylltu â PKB ei chanslo.</translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your connection and try again.</source>
        <translation>Nid oedd modd cysylltu â PKB. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The connection to PKB is not trusted (certificate problem), so nothing was sent. Check the PKB address and your network.</source>
        <translation>Nid oes modd ymddiried yn y cysylltiad â PKB (problem gyda&apos;r dystysgrif), felly ni anfonwyd dim. Gwiriwch gyfeiriad PKB a&apos;ch rhwydwaith.</translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your connection and try again.</source>
        <translation>Nid oedd modd cysylltu â PKB. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>PKB gave an answer PKB Link did not expect. Please try again later.</source>
        <translation>Rhoddodd PKB ateb nad oedd PKB Link yn ei ddisgwyl. Rhowch gynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <source>PKB is taking too long to answer. It may be busy: try again in a moment.</source>
        <translation>Mae PKB yn cymryd gormod o amser i ateb. Efallai ei fod yn brysur: rhowch gynnig arall arni mewn munud.</translation>
    </message>
</context>
<context>
    <name>TokenSetCodec</name>
    <message>
        <source>The saved access to your PKB record could not be read. Grant access again.</source>
        <translation>Nid oedd modd darllen y mynediad i&apos;ch cofnod PKB sydd wedi&apos;i gadw. Rhowch fynediad eto.</translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <source>You were signed out before PKB Link could finish.</source>
        <translation>Cawsoch eich allgofnodi cyn i PKB Link allu gorffen.</translation>
    </message>
    <message>
        <source>PKB gave no access to save. Grant access again.</source>
        <translation>Ni roddodd PKB unrhyw fynediad i&apos;w gadw. Rhowch fynediad eto.</translation>
    </message>
    <message>
        <source>PKB answered in a way PKB Link does not understand. Try again later.</source>
        <translation>Atebodd PKB mewn ffordd nad yw PKB Link yn ei deall. Rhowch gynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <source>PKB Link cannot keep access for this account: the account has no identifier.</source>
        <translation>Ni all PKB Link gadw mynediad ar gyfer y cyfrif hwn: nid oes gan y cyfrif ddynodydd.</translation>
    </message>
    <message>
        <source>PKB Link has no access to your PKB record. Grant access first.</source>
        <translation>Nid oes gan PKB Link fynediad i&apos;ch cofnod PKB. Rhowch fynediad yn gyntaf.</translation>
    </message>
    <message>
        <source>Your PKB session has ended. PKB does not allow this session to be renewed, so please grant access again.</source>
        <translation>Mae eich sesiwn PKB wedi dod i ben. Nid yw PKB yn caniatáu adnewyddu&apos;r sesiwn hon, felly rhowch fynediad eto.</translation>
    </message>
</context>
<context>
    <name>UserName</name>
    <message numerus="yes">
        <source>A user name can have at most %n characters.</source>
        <translation>
            <numerusform>Gall enw defnyddiwr gynnwys %n nod ar y mwyaf.</numerusform>
            <numerusform>Gall enw defnyddiwr gynnwys %n nod ar y mwyaf.</numerusform>
            <numerusform>Gall enw defnyddiwr gynnwys %n nod ar y mwyaf.</numerusform>
            <numerusform>Gall enw defnyddiwr gynnwys %n nod ar y mwyaf.</numerusform>
            <numerusform>Gall enw defnyddiwr gynnwys %n nod ar y mwyaf.</numerusform>
        </translation>
    </message>
    <message>
        <source>A user name cannot contain control characters, line breaks or invisible formatting characters.</source>
        <translation>Ni all enw defnyddiwr gynnwys nodau rheoli, toriadau llinell na nodau fformatio anweledig.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Rhowch enw defnyddiwr.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>PKB Link logo</source>
        <translation>Logo PKB Link</translation>
    </message>
    <message>
        <source>Welcome to PKB Link</source>
        <translation>Croeso i PKB Link</translation>
    </message>
    <message>
        <source>PKB Link shows the details held in your Patients Know Best (PKB) record on this computer: your name, date of birth, NHS number, contact details and address.</source>
        <translation>Mae PKB Link yn dangos y manylion sydd yn eich cofnod Patients Know Best (PKB) ar y cyfrifiadur hwn: eich enw, eich dyddiad geni, eich rhif GIG, eich manylion cyswllt a&apos;ch cyfeiriad.</translation>
    </message>
    <message>
        <source>What linking to PKB means</source>
        <translation>Beth mae cysylltu â PKB yn ei olygu</translation>
    </message>
    <message>
        <source>PKB Link reads your details from PKB only with your permission.</source>
        <translation>Dim ond gyda&apos;ch caniatâd chi y mae PKB Link yn darllen eich manylion o PKB.</translation>
    </message>
    <message>
        <source>You give that permission once, on PKB&apos;s own page, where you sign in to PKB. PKB Link never sees your PKB password.</source>
        <translation>Rydych chi&apos;n rhoi&apos;r caniatâd hwnnw unwaith, ar dudalen PKB ei hun, lle rydych chi&apos;n mewngofnodi i PKB. Nid yw PKB Link byth yn gweld eich cyfrinair PKB.</translation>
    </message>
    <message>
        <source>The keys PKB gives this app are kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Mae&apos;r allweddi y mae PKB yn eu rhoi i&apos;r ap hwn yn cael eu cadw yng nghadwyn allweddi&apos;r cyfrifiadur hwn, byth mewn ffeil.</translation>
    </message>
    <message>
        <source>You can unlink at any time: PKB Link then forgets the keys.</source>
        <translation>Gallwch ddatgysylltu ar unrhyw adeg: bydd PKB Link wedyn yn anghofio&apos;r allweddi.</translation>
    </message>
    <message>
        <source>To start, create an account for PKB Link on this computer. If you already have one, sign in.</source>
        <translation>I ddechrau, crëwch gyfrif ar gyfer PKB Link ar y cyfrifiadur hwn. Os oes gennych chi un yn barod, mewngofnodwch.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>C&amp;reu cyfrif</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Creu cyfrif</translation>
    </message>
    <message>
        <source>Create a PKB Link account on this computer</source>
        <translation>Creu cyfrif PKB Link ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Mewngofnodi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>Sign in to your PKB Link account on this computer</source>
        <translation>Mewngofnodi i&apos;ch cyfrif PKB Link ar y cyfrifiadur hwn</translation>
    </message>
</context>
</TS>
