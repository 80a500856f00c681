<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PKB Link</source>
        <translation>O programie PKB Link</translation>
    </message>
    <message>
        <source>PKB Link</source>
        <translation>PKB Link</translation>
    </message>
    <message>
        <source>Links your Patients Know Best record to this computer and shows your details.</source>
        <translation>Łączy Twoją dokumentację w Patients Know Best z tym komputerem i wyświetla Twoje dane.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Wersja:</translation>
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
        <translation>Prywatność: PKB Link odczytuje Twoje dane z PKB dopiero po wyrażeniu przez Ciebie zgody i przechowuje je w pamięci tylko na czas zalogowania. Klucze otrzymane od PKB są przechowywane w pęku kluczy tego komputera. Nic nie jest wysyłane nigdzie indziej, a dzienniki aplikacji nigdy nie zawierają Twoich danych ani kluczy.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close the About window</source>
        <translation>Zamknij okno O programie</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;O programie</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licencja</translation>
    </message>
    <message>
        <source>&amp;Third-party licences</source>
        <translation>Licencje stron &amp;trzecich</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencja:</translation>
    </message>
    <message>
        <source>PKB Link is free software under the MIT licence:</source>
        <translation>PKB Link jest wolnym oprogramowaniem na licencji MIT:</translation>
    </message>
    <message>
        <source>PKB Link&apos;s licence</source>
        <translation>Licencja PKB Link</translation>
    </message>
    <message>
        <source>PKB Link is built on this software. Choose one to read its licence:</source>
        <translation>PKB Link korzysta z poniższego oprogramowania. Wybierz pozycję, aby przeczytać jej licencję:</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Oprogramowanie stron trzecich</translation>
    </message>
    <message>
        <source>Licence of the chosen software</source>
        <translation>Licencja wybranego oprogramowania</translation>
    </message>
</context>
<context>
    <name>AccountSchema</name>
    <message>
        <source>The accounts on this computer were saved by a newer version of PKB Link. Install that version again to use them.</source>
        <translation>Konta na tym komputerze zostały zapisane przez nowszą wersję PKB Link. Aby z nich korzystać, zainstaluj ponownie tę wersję.</translation>
    </message>
    <message>
        <source>The accounts file of PKB Link on this computer is not an accounts file, so it cannot be used. Ask for help.</source>
        <translation>Plik kont PKB Link na tym komputerze nie jest plikiem kont, więc nie można go użyć. Poproś o pomoc.</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>The user name or password is not right.</source>
        <translation>Nazwa użytkownika lub hasło są nieprawidłowe.</translation>
    </message>
    <message>
        <source>This account is no longer on this computer.</source>
        <translation>Tego konta nie ma już na tym komputerze.</translation>
    </message>
    <message>
        <source>A display name can have at most %1 characters.</source>
        <translation>Nazwa wyświetlana może mieć najwyżej %1 znaków.</translation>
    </message>
    <message>
        <source>A display name cannot contain control characters, line breaks or invisible formatting characters.</source>
        <translation>Nazwa wyświetlana nie może zawierać znaków sterujących, podziałów wiersza ani niewidocznych znaków formatowania.</translation>
    </message>
    <message>
        <source>That user name is already used on this computer. Choose another, or sign in.</source>
        <translation>Ta nazwa użytkownika jest już używana na tym komputerze. Wybierz inną lub zaloguj się.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Wpisz nazwę użytkownika.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Obecne hasło jest nieprawidłowe.</translation>
    </message>
    <message>
        <source>The password was changed elsewhere meanwhile. Sign in again.</source>
        <translation>W międzyczasie hasło zostało zmienione w innym miejscu. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>The link to the PKB record could not be saved: PKB gave an identifier this app cannot use.</source>
        <translation>Nie udało się zapisać połączenia z dokumentacją PKB: PKB przekazał identyfikator, którego ta aplikacja nie może użyć.</translation>
    </message>
    <message>
        <source>This account is not linked to a PKB record yet.</source>
        <translation>To konto nie jest jeszcze połączone z dokumentacją PKB.</translation>
    </message>
</context>
<context>
    <name>AppCore</name>
    <message>
        <source>The user name or password is not right. After several wrong tries, wait a few minutes before you try again.</source>
        <translation>Nazwa użytkownika lub hasło są nieprawidłowe. Po kilku nieudanych próbach odczekaj kilka minut, zanim spróbujesz ponownie.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The client authentication setting &quot;%1&quot; is not known. Use none, client_secret_basic or client_secret_post.</source>
        <translation>Nieznane ustawienie uwierzytelniania klienta „%1”. Użyj wartości none, client_secret_basic lub client_secret_post.</translation>
    </message>
    <message>
        <source>The details source setting &quot;%1&quot; is not known. Use both, rest or fhir.</source>
        <translation>Nieznane ustawienie źródła danych „%1”. Użyj wartości both, rest lub fhir.</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>PKB Link could not open your web browser. Sign in inside PKB Link instead, or ask your administrator to set up a web browser on this computer.</source>
        <translation>PKB Link nie może otworzyć przeglądarki internetowej. Zaloguj się zamiast tego w PKB Link albo poproś administratora o skonfigurowanie przeglądarki na tym komputerze.</translation>
    </message>
    <message>
        <source>You cancelled connecting to PKB.</source>
        <translation>Anulowano łączenie z PKB.</translation>
    </message>
    <message>
        <source>PKB Link did not hear back from your web browser in time. Press Retry to start signing in again.</source>
        <translation>PKB Link nie otrzymał na czas odpowiedzi z przeglądarki internetowej. Naciśnij Ponów próbę, aby zacząć logowanie od nowa.</translation>
    </message>
</context>
<context>
    <name>BrowserWaitPage</name>
    <message>
        <source>Finish signing in in your browser</source>
        <translation>Dokończ logowanie w przeglądarce</translation>
    </message>
    <message>
        <source>PKB&apos;s sign-in page has opened in your web browser. Sign in there and allow PKB Link to read your details, then come back here. PKB Link waits until %1.</source>
        <translation>Strona logowania PKB otworzyła się w przeglądarce internetowej. Zaloguj się tam i zezwól PKB Link na odczyt Twoich danych, a potem wróć tutaj. PKB Link czeka do %1.</translation>
    </message>
    <message>
        <source>Waiting for your web browser</source>
        <translation>Oczekiwanie na przeglądarkę internetową</translation>
    </message>
    <message>
        <source>&amp;Open the page again</source>
        <translation>&amp;Otwórz stronę ponownie</translation>
    </message>
    <message>
        <source>Open PKB&apos;s sign-in page in your browser again</source>
        <translation>Otwórz ponownie stronę logowania PKB w przeglądarce</translation>
    </message>
    <message>
        <source>Sign in &amp;inside PKB Link instead</source>
        <translation>Zaloguj się &amp;w PKB Link</translation>
    </message>
    <message>
        <source>Sign in inside PKB Link instead</source>
        <translation>Zaloguj się w PKB Link</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Anuluj logowanie</translation>
    </message>
    <message>
        <source>For when you closed the browser&apos;s tab or window.</source>
        <translation>Na wypadek, gdy karta lub okno przeglądarki zostały zamknięte.</translation>
    </message>
    <message>
        <source>Stops waiting for the browser and shows PKB&apos;s page in this window.</source>
        <translation>Przestaje czekać na przeglądarkę i pokazuje stronę PKB w tym oknie.</translation>
    </message>
    <message>
        <source>Stops waiting for the browser. Your record is not linked.</source>
        <translation>Przestaje czekać na przeglądarkę. Twoja dokumentacja nie jest połączona.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <source>The password you sign in with now</source>
        <translation>Hasło używane obecnie do logowania</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Co najmniej 10 znaków</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Potwierdź nowe hasło</translation>
    </message>
    <message>
        <source>Type the new password again</source>
        <translation>Wpisz ponownie nowe hasło</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Obecne hasło:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nowe hasło:</translation>
    </message>
    <message>
        <source>C&amp;onfirm new password:</source>
        <translation>&amp;Potwierdź nowe hasło:</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>Nie zmieniono hasła</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Zmień hasło</translation>
    </message>
    <message>
        <source>Save the new password</source>
        <translation>Zapisz nowe hasło</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Keep the current password</source>
        <translation>Zachowaj obecne hasło</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Zmienianie hasła…</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>PKB Link: links your Patients Know Best record to this computer.</source>
        <translation>PKB Link: łączy Twoją dokumentację w Patients Know Best z tym komputerem.</translation>
    </message>
    <message>
        <source>Do not send PKCE parameters (for servers that reject them).</source>
        <translation>Nie wysyłaj parametrów PKCE (dla serwerów, które ich nie akceptują).</translation>
    </message>
    <message>
        <source>Run as a shared clinic kiosk (full screen, idle sign-out).</source>
        <translation>Uruchom jako wspólny kiosk w przychodni (pełny ekran, wylogowanie po okresie bezczynności).</translation>
    </message>
    <message>
        <source>Use this settings file.</source>
        <translation>Użyj tego pliku ustawień.</translation>
    </message>
    <message>
        <source>Keep the local accounts database in this folder.</source>
        <translation>Przechowuj lokalną bazę danych kont w tym folderze.</translation>
    </message>
    <message>
        <source>Read the client secret from this file.</source>
        <translation>Odczytaj sekret klienta z tego pliku.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Nieoczekiwany argument: %1</translation>
    </message>
    <message>
        <source>Cannot read the client secret file %1: %2</source>
        <translation>Nie można odczytać pliku sekretu klienta %1: %2</translation>
    </message>
    <message>
        <source>Try this policy file: its values are fixed like the administrator&apos;s, without replacing or relaxing them.</source>
        <translation>Wypróbuj ten plik zasad: jego wartości są ustalone jak wartości administratora, bez zastępowania ani łagodzenia ich.</translation>
    </message>
</context>
<context>
    <name>CreateAccountPage</name>
    <message>
        <source>Create your PKB Link account</source>
        <translation>Utwórz konto PKB Link</translation>
    </message>
    <message>
        <source>This account is for PKB Link on this computer only. It is not your PKB account: you will connect that in the next step.</source>
        <translation>To konto służy wyłącznie do korzystania z PKB Link na tym komputerze. Nie jest to konto PKB: zostanie ono połączone w następnym kroku.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>The name you will sign in with on this computer</source>
        <translation>Nazwa używana do logowania na tym komputerze</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nazwa wyświetlana</translation>
    </message>
    <message>
        <source>What PKB Link calls you, for example your first name</source>
        <translation>Jak PKB Link ma się do Ciebie zwracać, na przykład imię</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nazwa wyświe&amp;tlana:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Co najmniej 10 znaków</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>At least 10 characters. A few words you can remember work well.</source>
        <translation>Co najmniej 10 znaków. Dobrze sprawdza się kilka łatwych do zapamiętania słów.</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Potwierdź hasło</translation>
    </message>
    <message>
        <source>Type the same password again</source>
        <translation>Wpisz ponownie to samo hasło</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>&amp;Potwierdź hasło:</translation>
    </message>
    <message>
        <source>Account not created</source>
        <translation>Nie utworzono konta</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Go back to the welcome page without creating an account</source>
        <translation>Wróć do strony powitalnej bez tworzenia konta</translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation>&amp;Utwórz konto</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Utwórz konto</translation>
    </message>
    <message>
        <source>Create the account and sign in</source>
        <translation>Utwórz konto i zaloguj się</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Tworzenie konta…</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Female</source>
        <translation>Żeńska</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Męska</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inna</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Brak danych</translation>
    </message>
    <message>
        <source>England</source>
        <translation>Anglia</translation>
    </message>
    <message>
        <source>Wales</source>
        <translation>Walia</translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation>Szkocja</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation>Irlandia Północna</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Telefon komórkowy</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Telefon domowy</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Telefon służbowy</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>main</source>
        <translation>główny</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>niepotwierdzony</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Ostatnia aktualizacja: %1</translation>
    </message>
    <message>
        <source>Your details as Patients Know Best holds them.</source>
        <translation>Twoje dane zapisane w Patients Know Best.</translation>
    </message>
    <message>
        <source>Your details could not be loaded yet. Use Refresh to try again.</source>
        <translation>Nie udało się jeszcze wczytać Twoich danych. Użyj przycisku Odśwież, aby spróbować ponownie.</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Data urodzenia:</translation>
    </message>
    <message>
        <source>Date of death:</source>
        <translation>Data zgonu:</translation>
    </message>
    <message>
        <source>Sex at birth:</source>
        <translation>Płeć przy urodzeniu:</translation>
    </message>
    <message>
        <source>NHS number:</source>
        <translation>Numer NHS:</translation>
    </message>
    <message>
        <source>Other identifiers:</source>
        <translation>Inne identyfikatory:</translation>
    </message>
    <message>
        <source>PKB public id:</source>
        <translation>Publiczny identyfikator PKB:</translation>
    </message>
    <message>
        <source>Contact details:</source>
        <translation>Dane kontaktowe:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>PKB did not give this app a way to renew its access. When the current access ends, you will need to grant access again.</source>
        <translation>PKB nie zapewnił tej aplikacji możliwości odnawiania dostępu. Gdy obecny dostęp wygaśnie, trzeba będzie ponownie udzielić dostępu.</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Odświeżanie</translation>
    </message>
    <message>
        <source>Getting your details from PKB</source>
        <translation>Pobieranie Twoich danych z PKB</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Get your details from PKB again</source>
        <translation>Pobierz ponownie swoje dane z PKB</translation>
    </message>
    <message>
        <source>Date not recorded</source>
        <translation>Brak daty</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>not a valid NHS number</source>
        <translation>nieprawidłowy numer NHS</translation>
    </message>
    <message>
        <source>NHS number: %1</source>
        <translation>Numer NHS: %1</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Numer NHS</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Skopiuj</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Skopiuj</translation>
    </message>
    <message>
        <source>Copy NHS number</source>
        <translation>Skopiuj numer NHS</translation>
    </message>
    <message>
        <source>Put the NHS number %1 on the clipboard, digits only</source>
        <translation>Kopiuje numer NHS %1 do schowka (same cyfry)</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Twoje dane</translation>
    </message>
    <message>
        <source>Show NHS &amp;number</source>
        <translation>&amp;Pokaż numer NHS</translation>
    </message>
    <message>
        <source>Show NHS number</source>
        <translation>Pokaż numer NHS</translation>
    </message>
    <message>
        <source>The NHS number is hidden on this shared computer until you ask to see it</source>
        <translation>Na tym wspólnym komputerze numer NHS jest ukryty, dopóki nie poprosisz o jego wyświetlenie</translation>
    </message>
    <message>
        <source>Show other &amp;identifiers</source>
        <translation>Pokaż &amp;inne identyfikatory</translation>
    </message>
    <message>
        <source>Show other identifiers</source>
        <translation>Pokaż inne identyfikatory</translation>
    </message>
    <message>
        <source>Other identifiers are hidden on this shared computer until you ask to see them</source>
        <translation>Na tym wspólnym komputerze inne identyfikatory są ukryte, dopóki nie poprosisz o ich wyświetlenie</translation>
    </message>
</context>
<context>
    <name>EnvironmentConfig</name>
    <message>
        <source>The PKB environment &quot;%1&quot; is not known. Choose sandbox, production-uk, local or custom in Settings.</source>
        <translation>Nieznane środowisko PKB „%1”. W Ustawieniach wybierz sandbox, production-uk, local lub custom.</translation>
    </message>
    <message>
        <source>The PKB address is missing. Set it in Settings or ask your administrator.</source>
        <translation>Brak adresu PKB. Ustaw go w Ustawieniach lub zwróć się do administratora.</translation>
    </message>
    <message>
        <source>The PKB address %1 is not allowed: PKB must be reached over HTTPS.</source>
        <translation>Adres PKB %1 jest niedozwolony: z PKB trzeba łączyć się przez HTTPS.</translation>
    </message>
    <message>
        <source>No PKB client id is set. Enter the client id PKB gave you in Settings, or ask your administrator.</source>
        <translation>Nie ustawiono identyfikatora klienta PKB. Wpisz w Ustawieniach identyfikator klienta otrzymany od PKB lub zwróć się do administratora.</translation>
    </message>
    <message>
        <source>The client authentication method needs a client secret, and none was given.</source>
        <translation>Wybrana metoda uwierzytelniania klienta wymaga sekretu klienta, ale go nie podano.</translation>
    </message>
    <message>
        <source>The redirect address is not valid. Use the one registered with PKB.</source>
        <translation>Adres przekierowania jest nieprawidłowy. Użyj adresu zarejestrowanego w PKB.</translation>
    </message>
    <message>
        <source>The redirect address must be HTTPS, a loopback address or an app scheme.</source>
        <translation>Adres przekierowania musi używać HTTPS, adresu pętli zwrotnej (loopback) lub schematu aplikacji.</translation>
    </message>
    <message>
        <source>The network timeout must be positive.</source>
        <translation>Limit czasu sieci musi być liczbą dodatnią.</translation>
    </message>
    <message>
        <source>The refresh lead must be between 0 and %1 seconds.</source>
        <translation>Wyprzedzenie odświeżania musi wynosić od 0 do %1 sekund.</translation>
    </message>
    <message>
        <source>The PKB address %1 is not part of PKB at %2. Only your administrator can send PKB Link to another address.</source>
        <translation>Adres PKB %1 nie należy do PKB pod adresem %2. Tylko administrator może skierować PKB Link pod inny adres.</translation>
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
        <translation>Ponów p&amp;róbę</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów próbę</translation>
    </message>
    <message>
        <source>Try the last step again</source>
        <translation>Spróbuj ponownie wykonać ostatni krok</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ukryj ten komunikat</translation>
    </message>
</context>
<context>
    <name>ErrorWording</name>
    <message>
        <source>You chose not to give PKB Link access to your record, so it is not linked and nothing was shared. You can connect again at any time.</source>
        <translation>Nie udzielono aplikacji PKB Link dostępu do Twojej dokumentacji, więc nie została ona połączona i nic nie zostało udostępnione. Możesz połączyć się ponownie w dowolnym momencie.</translation>
    </message>
    <message>
        <source>Connecting to PKB was cancelled, so your record is not linked. You can connect again at any time.</source>
        <translation>Łączenie z PKB zostało anulowane, więc Twoja dokumentacja nie jest połączona. Możesz połączyć się ponownie w dowolnym momencie.</translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your internet connection and try again.</source>
        <translation>Nie można połączyć się z PKB. Sprawdź połączenie z internetem i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Your system keychain is locked or not running. Unlock it and try again.</source>
        <translation>Systemowy pęk kluczy jest zablokowany lub nie działa. Odblokuj go i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, and if it keeps happening, contact support.</source>
        <translation>Coś poszło nie tak. Spróbuj ponownie, a jeśli problem będzie się powtarzał, skontaktuj się z pomocą techniczną.</translation>
    </message>
</context>
<context>
    <name>GrantAccessView</name>
    <message>
        <source>Connect to Patients Know Best</source>
        <translation>Połącz z Patients Know Best</translation>
    </message>
    <message>
        <source>Patients Know Best sign-in page</source>
        <translation>Strona logowania Patients Know Best</translation>
    </message>
    <message>
        <source>Sign in to Patients Know Best and choose whether this app may read your record</source>
        <translation>Zaloguj się do Patients Know Best i zdecyduj, czy ta aplikacja może odczytywać Twoją dokumentację</translation>
    </message>
    <message>
        <source>The connection to PKB is not secure (certificate problem). The page was not opened.</source>
        <translation>Połączenie z PKB nie jest bezpieczne (problem z certyfikatem). Strona nie została otwarta.</translation>
    </message>
    <message>
        <source>PKB is not answering properly right now. Try again in a few minutes.</source>
        <translation>PKB nie odpowiada obecnie prawidłowo. Spróbuj ponownie za kilka minut.</translation>
    </message>
    <message>
        <source>PKB&apos;s page could not be loaded. Check your connection and try Retry.</source>
        <translation>Nie udało się wczytać strony PKB. Sprawdź połączenie i użyj przycisku Ponów próbę.</translation>
    </message>
    <message>
        <source>PKB&apos;s page stopped working. Try Retry.</source>
        <translation>Strona PKB przestała działać. Użyj przycisku Ponów próbę.</translation>
    </message>
    <message>
        <source>The PKB address is not allowed for this environment. Check the PKB settings.</source>
        <translation>Adres PKB jest niedozwolony w tym środowisku. Sprawdź ustawienia PKB.</translation>
    </message>
    <message>
        <source>This app is not set up to receive PKB&apos;s answer at its redirect address. Check the redirect address in Settings.</source>
        <translation>Ta aplikacja nie jest skonfigurowana do odbierania odpowiedzi PKB pod swoim adresem przekierowania. Sprawdź adres przekierowania w Ustawieniach.</translation>
    </message>
    <message>
        <source>The page tried to show a message.</source>
        <translation>Strona próbowała wyświetlić komunikat.</translation>
    </message>
    <message>
        <source>The page says: &quot;%1&quot;</source>
        <translation>Strona informuje: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The page asked &quot;%1&quot;. PKB Link cannot answer questions from the page here, so it answered No. If you cannot go on, press Cancel and connect again.</source>
        <translation>Strona zapytała: &quot;%1&quot;. PKB Link nie może tu odpowiadać na pytania strony, więc odpowiedział Nie. Jeśli nie możesz kontynuować, naciśnij Anuluj i połącz się ponownie.</translation>
    </message>
    <message>
        <source>The page asked for a file. Files cannot be chosen or sent from PKB Link&apos;s sign-in page.</source>
        <translation>Strona poprosiła o plik. Na stronie logowania PKB Link nie można wybierać ani wysyłać plików.</translation>
    </message>
    <message>
        <source>This sign-in option leads to %1, which PKB Link does not allow. Ask your administrator, or sign in with your PKB user name and password.</source>
        <translation>Ta opcja logowania prowadzi do %1, na co PKB Link nie zezwala. Zapytaj administratora albo zaloguj się nazwą użytkownika i hasłem PKB.</translation>
    </message>
    <message>
        <source>PKB Link stopped the page from opening a site that is not on its list of sign-in sites.</source>
        <translation>PKB Link nie pozwolił stronie otworzyć witryny, której nie ma na liście witryn logowania.</translation>
    </message>
</context>
<context>
    <name>GrantHeaderBar</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Bezpieczeństwo połączenia</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Witryna</translation>
    </message>
    <message>
        <source>The address of the page shown below</source>
        <translation>Adres strony wyświetlanej poniżej</translation>
    </message>
    <message>
        <source>Page loading progress</source>
        <translation>Postęp wczytywania strony</translation>
    </message>
    <message>
        <source>How much of PKB&apos;s page has loaded</source>
        <translation>Jaka część strony PKB została wczytana</translation>
    </message>
    <message>
        <source>Stop connecting to Patients Know Best and close this page</source>
        <translation>Przerwij łączenie z Patients Know Best i zamknij tę stronę</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Bezpieczne połączenie</translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted (HTTPS).</source>
        <translation>Połączenie z %1 jest szyfrowane (HTTPS).</translation>
    </message>
    <message>
        <source>Not encrypted: local test server</source>
        <translation>Brak szyfrowania: lokalny serwer testowy</translation>
    </message>
    <message>
        <source>This page comes from a test server on this computer, not from PKB.</source>
        <translation>Ta strona pochodzi z serwera testowego na tym komputerze, a nie z PKB.</translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation>Połączenie niezabezpieczone</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted.</source>
        <translation>Połączenie z %1 nie jest szyfrowane.</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Witryna: %1</translation>
    </message>
    <message>
        <source>Website: %1, %2</source>
        <translation>Witryna: %1, %2</translation>
    </message>
    <message>
        <source>What you type on the page below goes to %1.</source>
        <translation>To, co wpisujesz na stronie poniżej, trafia do %1.</translation>
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
        <translation>Brakuje części PKB Link, która wyświetla strony PKB, albo pochodzi ona z innej wersji. Zainstaluj ponownie PKB Link.</translation>
    </message>
</context>
<context>
    <name>GrantStepPage</name>
    <message>
        <source>Sign in to Patients Know Best below, then choose whether PKB Link may read your details. This is PKB&apos;s own page: PKB Link never sees your PKB password.</source>
        <translation>Zaloguj się poniżej do Patients Know Best, a następnie zdecyduj, czy PKB Link może odczytywać Twoje dane. To jest strona samego PKB: PKB Link nigdy nie widzi Twojego hasła do PKB.</translation>
    </message>
    <message>
        <source>Sign in with my &amp;web browser instead</source>
        <translation>Zaloguj się w &amp;przeglądarce internetowej</translation>
    </message>
    <message>
        <source>Sign in with my web browser instead</source>
        <translation>Zaloguj się w przeglądarce internetowej</translation>
    </message>
    <message>
        <source>Opens PKB&apos;s sign-in page in your own web browser, for example to use your password manager or a security key there.</source>
        <translation>Otwiera stronę logowania PKB w Twojej przeglądarce internetowej, na przykład aby użyć tam menedżera haseł lub klucza bezpieczeństwa.</translation>
    </message>
</context>
<context>
    <name>GrantWebAuthDialog</name>
    <message>
        <source>Security key</source>
        <translation>Klucz bezpieczeństwa</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Powtórz PIN</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Touch your security key, or follow its instructions, to sign in to %1.</source>
        <translation>Dotknij klucza bezpieczeństwa lub postępuj zgodnie z jego instrukcjami, aby zalogować się do %1.</translation>
    </message>
    <message>
        <source>Choose the account to sign in to %1 with.</source>
        <translation>Wybierz konto, którym chcesz zalogować się do %1.</translation>
    </message>
    <message>
        <source>Choose a PIN for your security key (at least %1 characters).</source>
        <translation>Wybierz PIN dla klucza bezpieczeństwa (co najmniej %1 znaków).</translation>
    </message>
    <message>
        <source>Enter the PIN of your security key.</source>
        <translation>Wpisz PIN klucza bezpieczeństwa.</translation>
    </message>
    <message>
        <source>That PIN is not right. Attempts left: %1.</source>
        <translation>Ten PIN jest nieprawidłowy. Pozostało prób: %1.</translation>
    </message>
    <message>
        <source>The PIN is too short.</source>
        <translation>PIN jest za krótki.</translation>
    </message>
    <message>
        <source>The security key did not accept this PIN. Try another one.</source>
        <translation>Klucz bezpieczeństwa nie przyjął tego PIN-u. Spróbuj innego.</translation>
    </message>
    <message>
        <source>The security key did not answer in time.</source>
        <translation>Klucz bezpieczeństwa nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>This security key is not registered for this account.</source>
        <translation>Ten klucz bezpieczeństwa nie jest zarejestrowany dla tego konta.</translation>
    </message>
    <message>
        <source>The security key is locked after too many wrong PINs.</source>
        <translation>Klucz bezpieczeństwa jest zablokowany po zbyt wielu błędnych PIN-ach.</translation>
    </message>
    <message>
        <source>The security key could not be used to sign in.</source>
        <translation>Nie udało się zalogować za pomocą klucza bezpieczeństwa.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Oba PIN-y nie są takie same.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>PKB has ended this app&apos;s access to your record. Grant access again to see your details.</source>
        <translation>PKB zakończył dostęp tej aplikacji do Twojej dokumentacji. Aby zobaczyć swoje dane, udziel dostępu ponownie.</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Dzień dobry</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Dzień dobry, %1</translation>
    </message>
    <message>
        <source>&amp;Grant access again</source>
        <translation>&amp;Udziel dostępu ponownie</translation>
    </message>
    <message>
        <source>Grant access again</source>
        <translation>Udziel dostępu ponownie</translation>
    </message>
    <message>
        <source>You will sign in to PKB on its own page and allow PKB Link to read your details again.</source>
        <translation>Zalogujesz się do PKB na jego własnej stronie i ponownie zezwolisz PKB Link na odczytywanie Twoich danych.</translation>
    </message>
    <message>
        <source>&amp;Connect your Patients Know Best record</source>
        <translation>&amp;Połącz swoją dokumentację Patients Know Best</translation>
    </message>
    <message>
        <source>Connect your Patients Know Best record</source>
        <translation>Połącz swoją dokumentację Patients Know Best</translation>
    </message>
    <message>
        <source>You will sign in to PKB on its own page and allow PKB Link to read your details. You only need to do this once.</source>
        <translation>Zalogujesz się do PKB na jego własnej stronie i zezwolisz PKB Link na odczytywanie Twoich danych. Wystarczy zrobić to tylko raz.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>You are about to be signed out</source>
        <translation>Za chwilę nastąpi wylogowanie</translation>
    </message>
    <message numerus="yes">
        <source>No one has used PKB Link for a while. You will be signed out in %n s.</source>
        <translation>
            <numerusform>Od pewnego czasu nikt nie korzysta z PKB Link. Wylogowanie nastąpi za %n s.</numerusform>
            <numerusform>Od pewnego czasu nikt nie korzysta z PKB Link. Wylogowanie nastąpi za %n s.</numerusform>
            <numerusform>Od pewnego czasu nikt nie korzysta z PKB Link. Wylogowanie nastąpi za %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stay signed in</source>
        <translation>&amp;Nie wylogowuj</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Nie wylogowuj</translation>
    </message>
    <message>
        <source>Keep this session open</source>
        <translation>Pozostaw tę sesję otwartą</translation>
    </message>
</context>
<context>
    <name>KeychainEntryJob</name>
    <message>
        <source>No system keychain is available to keep your PKB access safe. Start one (on Linux: GNOME Keyring or KWallet) and try again.</source>
        <translation>Brak systemowego pęku kluczy, w którym można bezpiecznie przechowywać dostęp do PKB. Uruchom go (w systemie Linux: GNOME Keyring lub KWallet) i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Access to your system keychain was refused. Allow PKB Link to use the keychain when asked, and try again.</source>
        <translation>Odmówiono dostępu do systemowego pęku kluczy. Gdy pojawi się pytanie, zezwól PKB Link na korzystanie z pęku kluczy i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Your system keychain is locked. Unlock it (on Linux: GNOME Keyring or KWallet) and try again.</source>
        <translation>Systemowy pęk kluczy jest zablokowany. Odblokuj go (w systemie Linux: GNOME Keyring lub KWallet) i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>PKB Link could not remove its saved access from your system keychain. Unlock the keychain and try again.</source>
        <translation>PKB Link nie może usunąć zapisanego dostępu z systemowego pęku kluczy. Odblokuj pęk kluczy i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Your system keychain is locked or not running. Unlock or start it (on Linux: GNOME Keyring or KWallet) and try again.</source>
        <translation>Systemowy pęk kluczy jest zablokowany lub nie działa. Odblokuj go lub uruchom (w systemie Linux: GNOME Keyring lub KWallet) i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Your system keychain could not be used. Check that it is running and unlocked, and try again.</source>
        <translation>Nie można użyć systemowego pęku kluczy. Sprawdź, czy działa i jest odblokowany, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Your system keychain is still not answering. If it asks you to unlock it, do so; then press Retry.</source>
        <translation>Systemowy pęk kluczy nadal nie odpowiada. Jeśli poprosi o odblokowanie, zrób to, a potem naciśnij Ponów.</translation>
    </message>
    <message>
        <source>Your system keychain is not answering. If it asks you to unlock it, do so; then press Retry.</source>
        <translation>Systemowy pęk kluczy nie odpowiada. Jeśli poprosi o odblokowanie, zrób to, a potem naciśnij Ponów.</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>PKB Link could not name its keychain entry.</source>
        <translation>PKB Link nie może nadać nazwy swojemu wpisowi w pęku kluczy.</translation>
    </message>
</context>
<context>
    <name>LinkAttempt</name>
    <message>
        <source>Linking was cancelled.</source>
        <translation>Łączenie zostało anulowane.</translation>
    </message>
</context>
<context>
    <name>LinkingPage</name>
    <message>
        <source>Please wait</source>
        <translation>Proszę czekać</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trwa przetwarzanie</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>The address for signing in with your web browser is not usable. Ask your administrator to set it to http://127.0.0.1 with a path (and a port, if PKB registered one).</source>
        <translation>Adresu logowania przez przeglądarkę nie można użyć. Poproś administratora o ustawienie adresu http://127.0.0.1 ze ścieżką (i portem, jeśli PKB go zarejestrował).</translation>
    </message>
    <message>
        <source>PKB Link could not wait for your browser&apos;s answer on this computer. Please try again.</source>
        <translation>PKB Link nie może czekać na odpowiedź przeglądarki na tym komputerze. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>PKB Link could not wait for your browser&apos;s answer: another program on this computer uses port %1. Close it and try again, or ask your administrator.</source>
        <translation>PKB Link nie może czekać na odpowiedź przeglądarki: port %1 jest używany przez inny program na tym komputerze. Zamknij go i spróbuj ponownie albo zwróć się do administratora.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Zalogowano</translation>
    </message>
    <message>
        <source>You can close this tab and return to PKB Link.</source>
        <translation>Możesz zamknąć tę kartę i wrócić do PKB Link.</translation>
    </message>
    <message>
        <source>Sign-in not recognised</source>
        <translation>Nie rozpoznano logowania</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in PKB Link is waiting for. Nothing was changed. Return to PKB Link and try again.</source>
        <translation>Ta odpowiedź nie należy do logowania, na które czeka PKB Link. Nic nie zostało zmienione. Wróć do PKB Link i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Sign-in already finished</source>
        <translation>Logowanie zostało już zakończone</translation>
    </message>
    <message>
        <source>PKB Link has already received the answer to this sign-in. Nothing was changed. You can close this tab and return to PKB Link.</source>
        <translation>PKB Link otrzymał już odpowiedź na to logowanie. Nic nie zostało zmienione. Możesz zamknąć tę kartę i wrócić do PKB Link.</translation>
    </message>
    <message>
        <source>Not a sign-in address</source>
        <translation>To nie jest adres logowania</translation>
    </message>
    <message>
        <source>This address only receives PKB&apos;s answer while you sign in to PKB Link. Nothing was changed.</source>
        <translation>Ten adres odbiera odpowiedź PKB tylko podczas logowania do PKB Link. Nic nie zostało zmienione.</translation>
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
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Unlink PKB record...</source>
        <translation>&amp;Odłącz dokumentację PKB...</translation>
    </message>
    <message>
        <source>Remove this app&apos;s access to your PKB record from this computer</source>
        <translation>Usuń z tego komputera dostęp tej aplikacji do Twojej dokumentacji PKB</translation>
    </message>
    <message>
        <source>&amp;Change password...</source>
        <translation>&amp;Zmień hasło...</translation>
    </message>
    <message>
        <source>Change the password of your PKB Link account</source>
        <translation>Zmień hasło do konta PKB Link</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Wyloguj się</translation>
    </message>
    <message>
        <source>Sign out of PKB Link on this computer</source>
        <translation>Wyloguj się z PKB Link na tym komputerze</translation>
    </message>
    <message>
        <source>&amp;Delete account...</source>
        <translation>&amp;Usuń konto...</translation>
    </message>
    <message>
        <source>Delete your PKB Link account and its link to PKB</source>
        <translation>Usuń konto PKB Link i jego połączenie z PKB</translation>
    </message>
    <message>
        <source>S&amp;ettings...</source>
        <translation>U&amp;stawienia...</translation>
    </message>
    <message>
        <source>How PKB Link reaches Patients Know Best</source>
        <translation>Sposób łączenia PKB Link z Patients Know Best</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Close PKB Link</source>
        <translation>Zamknij PKB Link</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About PKB Link</source>
        <translation>&amp;O programie PKB Link</translation>
    </message>
    <message>
        <source>NHS number copied.</source>
        <translation>Skopiowano numer NHS.</translation>
    </message>
    <message>
        <source>Your PKB record is no longer linked to PKB Link.</source>
        <translation>Twoja dokumentacja PKB nie jest już połączona z PKB Link.</translation>
    </message>
    <message>
        <source>Your PKB Link account was deleted from this computer.</source>
        <translation>Konto PKB Link zostało usunięte z tego komputera.</translation>
    </message>
    <message>
        <source>Linking your PKB record...</source>
        <translation>Łączenie dokumentacji PKB...</translation>
    </message>
    <message>
        <source>Getting your details from PKB...</source>
        <translation>Pobieranie Twoich danych z PKB...</translation>
    </message>
    <message>
        <source>Checking PKB&apos;s answer...</source>
        <translation>Sprawdzanie odpowiedzi PKB...</translation>
    </message>
    <message>
        <source>You cancelled connecting to PKB.</source>
        <translation>Anulowano łączenie z PKB.</translation>
    </message>
    <message>
        <source>Your PKB record is linked.</source>
        <translation>Twoja dokumentacja PKB jest połączona.</translation>
    </message>
    <message>
        <source>Open in your browser?</source>
        <translation>Otworzyć w przeglądarce?</translation>
    </message>
    <message>
        <source>This link leads away from PKB&apos;s sign-in pages, to %1. Open it in your web browser?</source>
        <translation>Ten link prowadzi poza strony logowania PKB, do %1. Otworzyć go w przeglądarce internetowej?</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Otwórz w przeglądarce</translation>
    </message>
    <message>
        <source>Details for support: %1</source>
        <translation>Informacje dla pomocy technicznej: %1</translation>
    </message>
    <message>
        <source>Unlink your PKB record?</source>
        <translation>Odłączyć dokumentację PKB?</translation>
    </message>
    <message>
        <source>PKB Link will forget the keys PKB gave it and stop showing your details. Your PKB record itself is not changed. You can connect again later.</source>
        <translation>PKB Link zapomni klucze otrzymane od PKB i przestanie wyświetlać Twoje dane. Sama dokumentacja w PKB nie zostanie zmieniona. Możesz połączyć się ponownie później.</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Odłącz</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Wylogowano.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Hasło zostało zmienione.</translation>
    </message>
    <message>
        <source>Delete your PKB Link account?</source>
        <translation>Usunąć konto PKB Link?</translation>
    </message>
    <message>
        <source>This deletes your PKB Link account from this computer and forgets the keys PKB gave it. Your PKB record itself is not changed. This cannot be undone.</source>
        <translation>Spowoduje to usunięcie konta PKB Link z tego komputera i zapomnienie kluczy otrzymanych od PKB. Sama dokumentacja w PKB nie zostanie zmieniona. Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>&amp;Delete account</source>
        <translation>&amp;Usuń konto</translation>
    </message>
    <message>
        <source>Opening your account. If your system asks you to unlock your keychain, do so.</source>
        <translation>Otwieranie konta. Jeśli system poprosi o odblokowanie pęku kluczy, zrób to.</translation>
    </message>
    <message>
        <source>Saving PKB&apos;s access in your system keychain. If your system asks you to unlock your keychain, do so.</source>
        <translation>Zapisywanie dostępu PKB w systemowym pęku kluczy. Jeśli system poprosi o odblokowanie pęku kluczy, zrób to.</translation>
    </message>
    <message>
        <source>PKB has given access, but your system keychain could not keep it yet. Unlock or start your keychain, then press Retry.</source>
        <translation>PKB udzielił dostępu, ale systemowy pęk kluczy nie mógł go jeszcze zachować. Odblokuj lub uruchom pęk kluczy, a potem naciśnij Ponów.</translation>
    </message>
    <message>
        <source>Versions, privacy and licences</source>
        <translation>Wersje, prywatność i licencje</translation>
    </message>
    <message>
        <source>Links that lead away from PKB&apos;s pages cannot be opened on this computer.</source>
        <translation>Na tym komputerze nie można otwierać linków prowadzących poza strony PKB.</translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <source>You chose not to give PKB Link access. You can connect later.</source>
        <translation>Nie udzielono PKB Link dostępu. Możesz połączyć się później.</translation>
    </message>
    <message>
        <source>PKB could not complete the request right now. Please try again in a few minutes.</source>
        <translation>PKB nie może teraz zrealizować żądania. Spróbuj ponownie za kilka minut.</translation>
    </message>
    <message>
        <source>PKB could not give PKB Link access. Please try again, or contact support if it keeps happening.</source>
        <translation>PKB nie może udzielić PKB Link dostępu. Spróbuj ponownie, a jeśli problem będzie się powtarzał, skontaktuj się z pomocą techniczną.</translation>
    </message>
    <message>
        <source>PKB did not accept this app&apos;s client id or secret. Check Settings or ask your administrator.</source>
        <translation>PKB nie zaakceptował identyfikatora klienta lub sekretu tej aplikacji. Sprawdź Ustawienia lub zwróć się do administratora.</translation>
    </message>
    <message>
        <source>PKB has ended this app&apos;s access. Please grant access again.</source>
        <translation>PKB zakończył dostęp tej aplikacji. Udziel dostępu ponownie.</translation>
    </message>
    <message>
        <source>The sign-in code was already used or has expired. Please connect again.</source>
        <translation>Kod logowania został już użyty lub wygasł. Połącz się ponownie.</translation>
    </message>
    <message>
        <source>PKB is having problems right now. Please try again in a few minutes.</source>
        <translation>PKB ma obecnie problemy. Spróbuj ponownie za kilka minut.</translation>
    </message>
    <message>
        <source>PKB is busy. Please wait a minute and try again.</source>
        <translation>PKB jest obecnie przeciążony. Poczekaj chwilę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>PKB gave an answer PKB Link did not expect. Please try again later.</source>
        <translation>PKB zwrócił odpowiedź, której PKB Link nie oczekiwał. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>PKB refused the request to connect. Please try again, or contact support if it keeps happening.</source>
        <translation>PKB odrzucił żądanie połączenia. Spróbuj ponownie, a jeśli problem będzie się powtarzał, skontaktuj się z pomocą techniczną.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password could not be protected on this computer.</source>
        <translation>Nie udało się zabezpieczyć hasła na tym komputerze.</translation>
    </message>
    <message>
        <source>The password could not be protected on this computer: it is short of memory. Close other programs and try again.</source>
        <translation>Nie udało się zabezpieczyć hasła na tym komputerze: brakuje pamięci. Zamknij inne programy i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>The password is too short: use at least %1 characters (%n more needed).</source>
        <translation>
            <numerusform>Hasło jest za krótkie: musi mieć co najmniej %1 znaków (brakuje jeszcze %n znaku).</numerusform>
            <numerusform>Hasło jest za krótkie: musi mieć co najmniej %1 znaków (brakuje jeszcze %n znaków).</numerusform>
            <numerusform>Hasło jest za krótkie: musi mieć co najmniej %1 znaków (brakuje jeszcze %n znaków).</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>Hasło jest za długie: maksymalna liczba znaków to %1.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password in both fields.</source>
        <translation>Hasła nie są takie same. Wpisz to samo hasło w obu polach.</translation>
    </message>
</context>
<context>
    <name>PkbErrors</name>
    <message>
        <source>PKB sent an answer this app could not read. Try again later; if it keeps happening, contact support.</source>
        <translation>PKB przesłał odpowiedź, której ta aplikacja nie może odczytać. Spróbuj ponownie później, a jeśli problem będzie się powtarzał, skontaktuj się z pomocą techniczną.</translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your connection and try again.</source>
        <translation>Nie można połączyć się z PKB. Sprawdź połączenie i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>PKB did not allow this app to read that part of your record.</source>
        <translation>PKB nie zezwolił tej aplikacji na odczytanie tej części Twojej dokumentacji.</translation>
    </message>
    <message>
        <source>PKB did not accept this app&apos;s access to your record. Sign in again; if that does not help, grant access again.</source>
        <translation>PKB nie zaakceptował dostępu tej aplikacji do Twojej dokumentacji. Zaloguj się ponownie, a jeśli to nie pomoże, udziel dostępu ponownie.</translation>
    </message>
    <message>
        <source>PKB could not find that part of your record.</source>
        <translation>PKB nie może znaleźć tej części Twojej dokumentacji.</translation>
    </message>
    <message>
        <source>PKB is busy right now. Wait a moment and try again.</source>
        <translation>PKB jest teraz przeciążony. Poczekaj chwilę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>PKB gave an unexpected answer. Try again later; if it keeps happening, contact support.</source>
        <translation>PKB zwrócił nieoczekiwaną odpowiedź. Spróbuj ponownie później, a jeśli problem będzie się powtarzał, skontaktuj się z pomocą techniczną.</translation>
    </message>
    <message>
        <source>A secure connection to PKB could not be made. Check your network (a proxy or firewall may be interfering) and try again.</source>
        <translation>Nie można nawiązać bezpiecznego połączenia z PKB. Sprawdź sieć (może przeszkadzać serwer proxy lub zapora sieciowa) i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The PKB address is not allowed: PKB must be reached over HTTPS. Check the PKB address in Settings.</source>
        <translation>Adres PKB jest niedozwolony: z PKB trzeba łączyć się przez HTTPS. Sprawdź adres PKB w Ustawieniach.</translation>
    </message>
    <message>
        <source>PKB is taking too long to answer. It may be busy: try again in a moment.</source>
        <translation>PKB zbyt długo nie odpowiada. Może być zajęty: spróbuj ponownie za chwilę.</translation>
    </message>
</context>
<context>
    <name>PlainTextSecretFile</name>
    <message>
        <source>PKB Link could not use its token file. Check the disk and try again.</source>
        <translation>PKB Link nie może użyć swojego pliku tokenów. Sprawdź dysk i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>SecretJob</name>
    <message>
        <source>The data saved in your system keychain is incomplete or damaged.</source>
        <translation>Dane zapisane w systemowym pęku kluczy są niekompletne lub uszkodzone.</translation>
    </message>
</context>
<context>
    <name>SecretReadJob</name>
    <message>
        <source>Your system keychain is locked. Unlock it, then press Retry.</source>
        <translation>Systemowy pęk kluczy jest zablokowany. Odblokuj go, a potem naciśnij Ponów.</translation>
    </message>
</context>
<context>
    <name>SecretWriteJob</name>
    <message>
        <source>The data is too large for the system keychain.</source>
        <translation>Dane są zbyt duże dla systemowego pęku kluczy.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>How PKB Link reaches Patients Know Best. The values come from PKB&apos;s integrations team; change them only if you were asked to.</source>
        <translation>Sposób łączenia PKB Link z Patients Know Best. Wartości pochodzą od zespołu ds. integracji PKB; zmieniaj je tylko wtedy, gdy otrzymasz takie polecenie.</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>Ś&amp;rodowisko:</translation>
    </message>
    <message>
        <source>Which PKB system to use</source>
        <translation>System PKB, z którego ma korzystać aplikacja</translation>
    </message>
    <message>
        <source>PKB sandbox (test system)</source>
        <translation>Piaskownica PKB (system testowy)</translation>
    </message>
    <message>
        <source>PKB UK (live)</source>
        <translation>PKB UK (system produkcyjny)</translation>
    </message>
    <message>
        <source>Local test server</source>
        <translation>Lokalny serwer testowy</translation>
    </message>
    <message>
        <source>Custom addresses</source>
        <translation>Adresy niestandardowe</translation>
    </message>
    <message>
        <source>&amp;Base address:</source>
        <translation>Adres &amp;bazowy:</translation>
    </message>
    <message>
        <source>The address of the PKB system; empty for the environment&apos;s own</source>
        <translation>Adres systemu PKB; puste pole oznacza adres domyślny środowiska</translation>
    </message>
    <message>
        <source>A&amp;uthorization address:</source>
        <translation>Adres aut&amp;oryzacji:</translation>
    </message>
    <message>
        <source>Where the grant-access pages are; empty to derive it from the base address</source>
        <translation>Adres stron udzielania dostępu; puste pole oznacza wyznaczenie go na podstawie adresu bazowego</translation>
    </message>
    <message>
        <source>&amp;Token address:</source>
        <translation>Adres &amp;tokenów:</translation>
    </message>
    <message>
        <source>Where the app exchanges codes for tokens; empty to derive it</source>
        <translation>Adres, pod którym aplikacja wymienia kody na tokeny; puste pole oznacza wyznaczenie go automatycznie</translation>
    </message>
    <message>
        <source>&amp;REST API address:</source>
        <translation>Adres API R&amp;EST:</translation>
    </message>
    <message>
        <source>Base of PKB&apos;s REST API; empty to derive it</source>
        <translation>Adres bazowy interfejsu REST API PKB; puste pole oznacza wyznaczenie go automatycznie</translation>
    </message>
    <message>
        <source>&amp;FHIR address:</source>
        <translation>Adres &amp;FHIR:</translation>
    </message>
    <message>
        <source>Base of PKB&apos;s FHIR API; empty to derive it</source>
        <translation>Adres bazowy interfejsu FHIR API PKB; puste pole oznacza wyznaczenie go automatycznie</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Identyfikator klienta:</translation>
    </message>
    <message>
        <source>The client id PKB gave this app</source>
        <translation>Identyfikator klienta nadany tej aplikacji przez PKB</translation>
    </message>
    <message>
        <source>Client &amp;authentication:</source>
        <translation>&amp;Uwierzytelnianie klienta:</translation>
    </message>
    <message>
        <source>How the app proves its identity to PKB&apos;s token endpoint</source>
        <translation>Sposób, w jaki aplikacja potwierdza swoją tożsamość w punkcie końcowym tokenów PKB</translation>
    </message>
    <message>
        <source>None (public client)</source>
        <translation>Brak (klient publiczny)</translation>
    </message>
    <message>
        <source>Client secret, HTTP Basic</source>
        <translation>Sekret klienta, HTTP Basic</translation>
    </message>
    <message>
        <source>Client secret, in the form</source>
        <translation>Sekret klienta, w treści formularza</translation>
    </message>
    <message>
        <source>Re&amp;direct address:</source>
        <translation>Adres &amp;przekierowania:</translation>
    </message>
    <message>
        <source>The redirect address registered with PKB</source>
        <translation>Adres przekierowania zarejestrowany w PKB</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>The language of PKB&apos;s pages and of this app</source>
        <translation>Język stron PKB i tej aplikacji</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Domyślny język systemu</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>English (UK) – angielski</translation>
    </message>
    <message>
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg (walijski)</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Nie zapisano ustawień</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save the settings and close</source>
        <translation>Zapisz ustawienia i zamknij</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Zamknij bez zapisywania</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Ustawione przez administratora</translation>
    </message>
    <message>
        <source>Required for this environment</source>
        <translation>Wymagane w tym środowisku</translation>
    </message>
    <message>
        <source>Polski (Polish)</source>
        <translation>Polski</translation>
    </message>
    <message>
        <source>اردو (Urdu)</source>
        <translation>اردو (urdu)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
</context>
<context>
    <name>SignInOrigins</name>
    <message>
        <source>The sign-in site &quot;%1&quot; is not allowed. Sign-in sites must be HTTPS addresses without a path.</source>
        <translation>Witryna logowania „%1” jest niedozwolona. Witryny logowania muszą być adresami HTTPS bez ścieżki.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to PKB Link</source>
        <translation>Zaloguj się do PKB Link</translation>
    </message>
    <message>
        <source>A&amp;ccounts on this computer:</source>
        <translation>Kon&amp;ta na tym komputerze:</translation>
    </message>
    <message>
        <source>Accounts on this computer</source>
        <translation>Konta na tym komputerze</translation>
    </message>
    <message>
        <source>Choose your account to fill in the user name, then type your password</source>
        <translation>Wybierz swoje konto, aby uzupełnić nazwę użytkownika, a następnie wpisz hasło</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Your PKB Link user name on this computer</source>
        <translation>Nazwa użytkownika PKB Link na tym komputerze</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Your PKB Link password on this computer</source>
        <translation>Hasło do PKB Link na tym komputerze</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nie zalogowano</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Go back to the welcome page</source>
        <translation>Wróć do strony powitalnej</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Zaloguj się</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj się</translation>
    </message>
    <message>
        <source>Sign in with this user name and password</source>
        <translation>Zaloguj się przy użyciu tej nazwy użytkownika i hasła</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logowanie…</translation>
    </message>
</context>
<context>
    <name>SignInThrottle</name>
    <message numerus="yes">
        <source>Too many attempts with a wrong password. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zbyt wiele prób z błędnym hasłem. Spróbuj ponownie za %n sekundę.</numerusform>
            <numerusform>Zbyt wiele prób z błędnym hasłem. Spróbuj ponownie za %n sekundy.</numerusform>
            <numerusform>Zbyt wiele prób z błędnym hasłem. Spróbuj ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts with a wrong password. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Zbyt wiele prób z błędnym hasłem. Spróbuj ponownie za %n minutę.</numerusform>
            <numerusform>Zbyt wiele prób z błędnym hasłem. Spróbuj ponownie za %n minuty.</numerusform>
            <numerusform>Zbyt wiele prób z błędnym hasłem. Spróbuj ponownie za %n minut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignedOutPage</name>
    <message>
        <source>You have been signed out</source>
        <translation>Wylogowano Cię</translation>
    </message>
    <message>
        <source>No one used PKB Link for a while, so you were signed out to keep your record private. Nothing of your record is shown any more.</source>
        <translation>Przez pewien czas nikt nie korzystał z PKB Link, więc wylogowano Cię, aby Twoja dokumentacja pozostała prywatna. Nic z Twojej dokumentacji nie jest już wyświetlane.</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>&amp;Zaloguj się ponownie</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Zaloguj się ponownie</translation>
    </message>
    <message>
        <source>Go to the sign-in page</source>
        <translation>Przejdź do strony logowania</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>The accounts on this computer could not be read or saved. Nothing was changed. Try again; if this keeps happening, ask for help.</source>
        <translation>Nie udało się odczytać ani zapisać kont na tym komputerze. Nic nie zostało zmienione. Spróbuj ponownie, a jeśli problem będzie się powtarzał, poproś o pomoc.</translation>
    </message>
    <message>
        <source>The accounts file of PKB Link on this computer is damaged or is not an accounts file, so it cannot be used. Ask for help; do not delete it unless you mean to remove every account.</source>
        <translation>Plik kont PKB Link na tym komputerze jest uszkodzony lub nie jest plikiem kont, więc nie można go użyć. Poproś o pomoc; nie usuwaj go, chyba że chcesz usunąć wszystkie konta.</translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <source>PKB&apos;s answer could not be checked. Please try again.</source>
        <translation>Nie udało się sprawdzić odpowiedzi PKB. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>PKB gave no refresh token for this session. Please grant access again.</source>
        <translation>PKB nie przekazał tokenu odświeżania dla tej sesji. Udziel dostępu ponownie.</translation>
    </message>
    <message>
        <source>No PKB client id is set. Enter the client id PKB gave you in Settings, or ask your administrator.</source>
        <translation>Nie ustawiono identyfikatora klienta PKB. Wpisz w Ustawieniach identyfikator klienta otrzymany od PKB lub zwróć się do administratora.</translation>
    </message>
    <message>
        <source>The client authentication method needs a client secret, and none was given.</source>
        <translation>Wybrana metoda uwierzytelniania klienta wymaga sekretu klienta, ale go nie podano.</translation>
    </message>
    <message>
        <source>The network timeout must be positive.</source>
        <translation>Limit czasu sieci musi być liczbą dodatnią.</translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your connection and try again.</source>
        <translation>Nie można połączyć się z PKB. Sprawdź połączenie i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>TokenRequestJob</name>
    <message>
        <source>The request has not finished.</source>
        <translation>Żądanie nie zostało zakończone.</translation>
    </message>
    <message>
        <source>Connecting to PKB was cancelled.</source>
        <translation>Łączenie z PKB zostało anulowane.</translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your connection and try again.</source>
        <translation>Nie można połączyć się z PKB. Sprawdź połączenie i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The connection to PKB is not trusted (certificate problem), so nothing was sent. Check the PKB address and your network.</source>
        <translation>Połączenie z PKB nie jest zaufane (problem z certyfikatem), więc nic nie zostało wysłane. Sprawdź adres PKB i sieć.</translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your connection and try again.</source>
        <translation>Nie można połączyć się z PKB. Sprawdź połączenie i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>PKB gave an answer PKB Link did not expect. Please try again later.</source>
        <translation>PKB zwrócił odpowiedź, której PKB Link nie oczekiwał. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>PKB is taking too long to answer. It may be busy: try again in a moment.</source>
        <translation>PKB zbyt długo nie odpowiada. Może być zajęty: spróbuj ponownie za chwilę.</translation>
    </message>
</context>
<context>
    <name>TokenSetCodec</name>
    <message>
        <source>The saved access to your PKB record could not be read. Grant access again.</source>
        <translation>Nie udało się odczytać zapisanego dostępu do Twojej dokumentacji PKB. Udziel dostępu ponownie.</translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <source>You were signed out before PKB Link could finish.</source>
        <translation>Wylogowano przed zakończeniem operacji przez PKB Link.</translation>
    </message>
    <message>
        <source>PKB gave no access to save. Grant access again.</source>
        <translation>PKB nie przekazał dostępu do zapisania. Udziel dostępu ponownie.</translation>
    </message>
    <message>
        <source>PKB answered in a way PKB Link does not understand. Try again later.</source>
        <translation>PKB odpowiedział w sposób, którego PKB Link nie rozumie. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>PKB Link cannot keep access for this account: the account has no identifier.</source>
        <translation>PKB Link nie może przechowywać dostępu dla tego konta: konto nie ma identyfikatora.</translation>
    </message>
    <message>
        <source>PKB Link has no access to your PKB record. Grant access first.</source>
        <translation>PKB Link nie ma dostępu do Twojej dokumentacji PKB. Najpierw udziel dostępu.</translation>
    </message>
    <message>
        <source>Your PKB session has ended. PKB does not allow this session to be renewed, so please grant access again.</source>
        <translation>Sesja PKB wygasła. PKB nie pozwala na odnowienie tej sesji, więc udziel dostępu ponownie.</translation>
    </message>
</context>
<context>
    <name>UserName</name>
    <message numerus="yes">
        <source>A user name can have at most %n characters.</source>
        <translation>
            <numerusform>Nazwa użytkownika może mieć najwyżej %n znak.</numerusform>
            <numerusform>Nazwa użytkownika może mieć najwyżej %n znaki.</numerusform>
            <numerusform>Nazwa użytkownika może mieć najwyżej %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <source>A user name cannot contain control characters, line breaks or invisible formatting characters.</source>
        <translation>Nazwa użytkownika nie może zawierać znaków sterujących, podziałów wiersza ani niewidocznych znaków formatowania.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Wpisz nazwę użytkownika.</translation>
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
        <translation>Witamy w PKB Link</translation>
    </message>
    <message>
        <source>PKB Link shows the details held in your Patients Know Best (PKB) record on this computer: your name, date of birth, NHS number, contact details and address.</source>
        <translation>PKB Link wyświetla na tym komputerze dane zapisane w Twojej dokumentacji Patients Know Best (PKB): imię i nazwisko, datę urodzenia, numer NHS, dane kontaktowe i adres.</translation>
    </message>
    <message>
        <source>What linking to PKB means</source>
        <translation>Co oznacza połączenie z PKB</translation>
    </message>
    <message>
        <source>PKB Link reads your details from PKB only with your permission.</source>
        <translation>PKB Link odczytuje Twoje dane z PKB wyłącznie za Twoją zgodą.</translation>
    </message>
    <message>
        <source>You give that permission once, on PKB&apos;s own page, where you sign in to PKB. PKB Link never sees your PKB password.</source>
        <translation>Zgodę wyrażasz jeden raz, na stronie samego PKB, na której logujesz się do PKB. PKB Link nigdy nie widzi Twojego hasła do PKB.</translation>
    </message>
    <message>
        <source>The keys PKB gives this app are kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Klucze, które PKB przekazuje tej aplikacji, są przechowywane w pęku kluczy tego komputera, nigdy w pliku.</translation>
    </message>
    <message>
        <source>You can unlink at any time: PKB Link then forgets the keys.</source>
        <translation>W dowolnym momencie możesz odłączyć dokumentację: PKB Link zapomni wtedy klucze.</translation>
    </message>
    <message>
        <source>To start, create an account for PKB Link on this computer. If you already have one, sign in.</source>
        <translation>Aby zacząć, utwórz konto PKB Link na tym komputerze. Jeśli masz już konto, zaloguj się.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Utwórz konto</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Utwórz konto</translation>
    </message>
    <message>
        <source>Create a PKB Link account on this computer</source>
        <translation>Utwórz konto PKB Link na tym komputerze</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Zaloguj się</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj się</translation>
    </message>
    <message>
        <source>Sign in to your PKB Link account on this computer</source>
        <translation>Zaloguj się do konta PKB Link na tym komputerze</translation>
    </message>
</context>
</TS>
