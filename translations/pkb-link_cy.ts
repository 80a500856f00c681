<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PKB Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links your Patients Know Best record to this computer and shows your details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy: PKB Link reads your details from PKB only after you allow it, and keeps them in memory while you are signed in. The keys PKB gives it are stored in this computer&apos;s keychain. Nothing is sent anywhere else, and its logs never contain your details or keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the About window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSchema</name>
    <message>
        <source>The accounts on this computer were saved by a newer version of PKB Link. Install that version again to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts file of PKB Link on this computer is not an accounts file, so it cannot be used. Ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>The user name or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is no longer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A display name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A display name cannot contain control characters, line breaks or invisible formatting characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That user name is already used on this computer. Choose another, or sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was changed elsewhere meanwhile. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to the PKB record could not be saved: PKB gave an identifier this app cannot use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not linked to a PKB record yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The client authentication setting &quot;%1&quot; is not known. Use none, client_secret_basic or client_secret_post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details source setting &quot;%1&quot; is not known. Use both, rest or fhir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password you sign in with now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>PKB Link: links your Patients Know Best record to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send PKCE parameters (for servers that reject them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as a shared clinic kiosk (full screen, idle sign-out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this administrator settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the local accounts database in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client secret from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the client secret file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateAccountPage</name>
    <message>
        <source>Create your PKB Link account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is for PKB Link on this computer only. It is not your PKB account: you will connect that in the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name you will sign in with on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What PKB Link calls you, for example your first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10 characters. A few words you can remember work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the welcome page without creating an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the account and sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details as Patients Know Best holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details could not be loaded yet. Use Refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of death:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex at birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other identifiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB public id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB did not give this app a way to renew its access. When the current access ends, you will need to grant access again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting your details from PKB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get your details from PKB again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the NHS number %1 on the clipboard, digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentConfig</name>
    <message>
        <source>The PKB environment &quot;%1&quot; is not known. Choose sandbox, production-uk, local or custom in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKB address is missing. Set it in Settings or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKB address %1 is not allowed: PKB must be reached over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PKB client id is set. Enter the client id PKB gave you in Settings, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client authentication method needs a client secret, and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect address is not valid. Use the one registered with PKB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect address must be HTTPS, a loopback address or an app scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network timeout must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong, and what you can do about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the last step again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorWording</name>
    <message>
        <source>You chose not to give PKB Link access to your record, so it is not linked and nothing was shared. You can connect again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to PKB was cancelled, so your record is not linked. You can connect again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB has ended this app&apos;s access to your record. Grant access again to see your details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your system keychain is locked or not running. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Try again, and if it keeps happening, contact support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantAccessView</name>
    <message>
        <source>Connect to Patients Know Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients Know Best sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Patients Know Best and choose whether this app may read your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to PKB is not secure (certificate problem). The page was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB is not answering properly right now. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB&apos;s page could not be loaded. Check your connection and try Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB&apos;s page stopped working. Try Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKB address is not allowed for this environment. Check the PKB settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is not set up to receive PKB&apos;s answer at its redirect address. Check the redirect address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantHeaderBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the page shown below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of PKB&apos;s page has loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop connecting to Patients Know Best and close this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted (HTTPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted: local test server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page comes from a test server on this computer, not from PKB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantStepPage</name>
    <message>
        <source>Sign in to Patients Know Best below, then choose whether PKB Link may read your details. This is PKB&apos;s own page: PKB Link never sees your PKB password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>PKB has ended this app&apos;s access to your record. Grant access again to see your details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant access again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant access again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will sign in to PKB on its own page and allow PKB Link to read your details again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect your Patients Know Best record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your Patients Know Best record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will sign in to PKB on its own page and allow PKB Link to read your details. You only need to do this once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainEntryJob</name>
    <message>
        <source>No system keychain is available to keep your PKB access safe. Start one (on Linux: GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to your system keychain was refused. Allow PKB Link to use the keychain when asked, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your system keychain is locked. Unlock it (on Linux: GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB Link could not remove its saved access from your system keychain. Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your system keychain is locked or not running. Unlock or start it (on Linux: GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your system keychain could not be used. Check that it is running and unlocked, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>PKB Link could not name its keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkAttempt</name>
    <message>
        <source>Linking was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkingPage</name>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PKB Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink PKB record...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this app&apos;s access to your PKB record from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of your PKB Link account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of PKB Link on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your PKB Link account and its link to PKB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How PKB Link reaches Patients Know Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close PKB Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PKB Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PKB record is no longer linked to PKB Link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PKB Link account was deleted from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking your PKB record...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting your details from PKB...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking PKB&apos;s answer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled connecting to PKB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PKB record is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in your browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link leads away from PKB&apos;s sign-in pages, to %1. Open it in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details for support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink your PKB record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB Link will forget the keys PKB gave it and stop showing your details. Your PKB record itself is not changed. You can connect again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your PKB Link account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes your PKB Link account from this computer and forgets the keys PKB gave it. Your PKB record itself is not changed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <source>You chose not to give PKB Link access. You can connect later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB could not complete the request right now. Please try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB could not give PKB Link access. Please try again, or contact support if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB did not accept this app&apos;s client id or secret. Check Settings or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB has ended this app&apos;s access. Please grant access again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code was already used or has expired. Please connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB is having problems right now. Please try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB is busy. Please wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB gave an answer PKB Link did not expect. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB refused the request to connect. Please try again, or contact support if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password could not be protected on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected on this computer: it is short of memory. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>The password is too short: use at least %1 characters (%n more needed).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PkbErrors</name>
    <message>
        <source>PKB sent an answer this app could not read. Try again later; if it keeps happening, contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB did not allow this app to read that part of your record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB did not accept this app&apos;s access to your record. Sign in again; if that does not help, grant access again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB could not find that part of your record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB is busy right now. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB gave an unexpected answer. Try again later; if it keeps happening, contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to PKB could not be made. Check your network (a proxy or firewall may be interfering) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKB address is not allowed: PKB must be reached over HTTPS. Check the PKB address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainTextSecretFile</name>
    <message>
        <source>PKB Link could not use its token file. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretJob</name>
    <message>
        <source>The data saved in your system keychain is incomplete or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretWriteJob</name>
    <message>
        <source>The data is too large for the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How PKB Link reaches Patients Know Best. The values come from PKB&apos;s integrations team; change them only if you were asked to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which PKB system to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB sandbox (test system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB UK (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local test server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the PKB system; empty for the environment&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthorization address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the grant-access pages are; empty to derive it from the base address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the app exchanges codes for tokens; empty to derive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;REST API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base of PKB&apos;s REST API; empty to derive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;FHIR address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base of PKB&apos;s FHIR API; empty to derive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id PKB gave this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the app proves its identity to PKB&apos;s token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (public client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret, HTTP Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret, in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;direct address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect address registered with PKB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of PKB&apos;s pages and of this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cymraeg (Welsh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for this environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to PKB Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccounts on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your account to fill in the user name, then type your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PKB Link user name on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PKB Link password on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with this user name and password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInThrottle</name>
    <message numerus="yes">
        <source>Too many attempts with a wrong password. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts with a wrong password. Try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>The accounts on this computer could not be read or saved. Nothing was changed. Try again; if this keeps happening, ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts file of PKB Link on this computer is damaged or is not an accounts file, so it cannot be used. Ask for help; do not delete it unless you mean to remove every account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <source>PKB&apos;s answer could not be checked. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB gave no refresh token for this session. Please grant access again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKB address %1 is not allowed: PKB must be reached over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PKB client id is set. Enter the client id PKB gave you in Settings, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client authentication method needs a client secret, and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network timeout must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenRequestJob</name>
    <message>
        <source>The request has not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to PKB was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The connection to PKB is not trusted (certificate problem), so nothing was sent. Check the PKB address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB took too long to answer. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB gave an answer PKB Link did not expect. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenSetCodec</name>
    <message>
        <source>The saved access to your PKB record could not be read. Grant access again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <source>You were signed out before PKB Link could finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB gave no access to save. Grant access again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB answered in a way PKB Link does not understand. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB Link cannot keep access for this account: the account has no identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB Link has no access to your PKB record. Grant access first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PKB session has ended. PKB does not allow this session to be renewed, so please grant access again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserName</name>
    <message numerus="yes">
        <source>A user name can have at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A user name cannot contain control characters, line breaks or invisible formatting characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>PKB Link logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to PKB Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB Link shows the details held in your Patients Know Best (PKB) record on this computer: your name, date of birth, NHS number, contact details and address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What linking to PKB means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKB Link reads your details from PKB only with your permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You give that permission once, on PKB&apos;s own page, where you sign in to PKB. PKB Link never sees your PKB password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys PKB gives this app are kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can unlink at any time: PKB Link then forgets the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To start, create an account for PKB Link on this computer. If you already have one, sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a PKB Link account on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your PKB Link account on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
