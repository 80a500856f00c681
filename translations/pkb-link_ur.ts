<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PKB Link</source>
        <translation>PKB Link کے بارے میں</translation>
    </message>
    <message>
        <source>PKB Link</source>
        <translation>PKB Link</translation>
    </message>
    <message>
        <source>Links your Patients Know Best record to this computer and shows your details.</source>
        <translation>آپ کے Patients Know Best ریکارڈ کو اس کمپیوٹر سے منسلک کرتا ہے اور آپ کی تفصیلات دکھاتا ہے۔</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>ورژن:</translation>
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
        <translation>رازداری: PKB Link آپ کی تفصیلات PKB سے صرف آپ کی اجازت کے بعد پڑھتا ہے، اور جب تک آپ سائن ان رہتے ہیں انہیں صرف میموری میں رکھتا ہے۔ PKB کی طرف سے دی گئی کلیدیں اس کمپیوٹر کے کی چین میں محفوظ کی جاتی ہیں۔ کچھ بھی کہیں اور نہیں بھیجا جاتا، اور اس کے لاگز میں کبھی بھی آپ کی تفصیلات یا کلیدیں شامل نہیں ہوتیں۔</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Close the About window</source>
        <translation>یہ معلوماتی ونڈو بند کریں</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;بارے میں</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;لائسنس</translation>
    </message>
    <message>
        <source>&amp;Third-party licences</source>
        <translation>&amp;فریقِ ثالث کے لائسنس</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>لائسنس:</translation>
    </message>
    <message>
        <source>PKB Link is free software under the MIT licence:</source>
        <translation>PKB Link، MIT لائسنس کے تحت ایک آزاد سافٹ ویئر ہے:</translation>
    </message>
    <message>
        <source>PKB Link&apos;s licence</source>
        <translation>PKB Link کا لائسنس</translation>
    </message>
    <message>
        <source>PKB Link is built on this software. Choose one to read its licence:</source>
        <translation>PKB Link اس سافٹ ویئر پر بنا ہے۔ اس کا لائسنس پڑھنے کے لیے کوئی ایک منتخب کریں:</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>فریقِ ثالث کا سافٹ ویئر</translation>
    </message>
    <message>
        <source>Licence of the chosen software</source>
        <translation>منتخب سافٹ ویئر کا لائسنس</translation>
    </message>
</context>
<context>
    <name>AccountSchema</name>
    <message>
        <source>The accounts on this computer were saved by a newer version of PKB Link. Install that version again to use them.</source>
        <translation>اس کمپیوٹر پر موجود اکاؤنٹس PKB Link کے ایک نئے ورژن سے محفوظ کیے گئے تھے۔ انہیں استعمال کرنے کے لیے وہی ورژن دوبارہ انسٹال کریں۔</translation>
    </message>
    <message>
        <source>The accounts file of PKB Link on this computer is not an accounts file, so it cannot be used. Ask for help.</source>
        <translation>اس کمپیوٹر پر PKB Link کی اکاؤنٹس فائل دراصل اکاؤنٹس فائل نہیں ہے، اس لیے اسے استعمال نہیں کیا جا سکتا۔ مدد طلب کریں۔</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>The user name or password is not right.</source>
        <translation>صارف نام یا پاس ورڈ درست نہیں ہے۔</translation>
    </message>
    <message>
        <source>This account is no longer on this computer.</source>
        <translation>یہ اکاؤنٹ اب اس کمپیوٹر پر موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>A display name can have at most %1 characters.</source>
        <translation>نمائشی نام میں زیادہ سے زیادہ %1 حروف ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <source>A display name cannot contain control characters, line breaks or invisible formatting characters.</source>
        <translation>نمائشی نام میں کنٹرول حروف، لائن بریک یا نظر نہ آنے والے فارمیٹنگ حروف نہیں ہو سکتے۔</translation>
    </message>
    <message>
        <source>That user name is already used on this computer. Choose another, or sign in.</source>
        <translation>یہ صارف نام اس کمپیوٹر پر پہلے سے استعمال ہو رہا ہے۔ کوئی دوسرا نام منتخب کریں، یا سائن ان کریں۔</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>اپنا صارف نام درج کریں۔</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>اپنا پاس ورڈ درج کریں۔</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>موجودہ پاس ورڈ درست نہیں ہے۔</translation>
    </message>
    <message>
        <source>The password was changed elsewhere meanwhile. Sign in again.</source>
        <translation>اس دوران پاس ورڈ کہیں اور سے تبدیل کر دیا گیا۔ دوبارہ سائن ان کریں۔</translation>
    </message>
    <message>
        <source>The link to the PKB record could not be saved: PKB gave an identifier this app cannot use.</source>
        <translation>PKB ریکارڈ سے ربط محفوظ نہیں کیا جا سکا: PKB نے ایسا شناخت کنندہ دیا جسے یہ ایپ استعمال نہیں کر سکتی۔</translation>
    </message>
    <message>
        <source>This account is not linked to a PKB record yet.</source>
        <translation>یہ اکاؤنٹ ابھی تک کسی PKB ریکارڈ سے منسلک نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>AppCore</name>
    <message>
        <source>The user name or password is not right. After several wrong tries, wait a few minutes before you try again.</source>
        <translation>صارف نام یا پاس ورڈ درست نہیں ہے۔ کئی غلط کوششوں کے بعد، دوبارہ کوشش کرنے سے پہلے چند منٹ انتظار کریں۔</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The client authentication setting &quot;%1&quot; is not known. Use none, client_secret_basic or client_secret_post.</source>
        <translation>کلائنٹ کی توثیق کی ترتیب &quot;%1&quot; نامعلوم ہے۔ none، client_secret_basic یا client_secret_post استعمال کریں۔</translation>
    </message>
    <message>
        <source>The details source setting &quot;%1&quot; is not known. Use both, rest or fhir.</source>
        <translation>تفصیلات کے ماخذ کی ترتیب &quot;%1&quot; نامعلوم ہے۔ both، rest یا fhir استعمال کریں۔</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>PKB Link could not open your web browser. Sign in inside PKB Link instead, or ask your administrator to set up a web browser on this computer.</source>
        <translation>PKB Link آپ کا ویب براؤزر نہیں کھول سکا۔ اس کے بجائے PKB Link کے اندر سائن ان کریں، یا اپنے منتظم سے اس کمپیوٹر پر ویب براؤزر ترتیب دینے کو کہیں۔</translation>
    </message>
    <message>
        <source>You cancelled connecting to PKB.</source>
        <translation>آپ نے PKB سے منسلک ہونا منسوخ کر دیا۔</translation>
    </message>
    <message>
        <source>PKB Link did not hear back from your web browser in time. Press Retry to start signing in again.</source>
        <translation>PKB Link کو وقت پر آپ کے ویب براؤزر سے جواب نہیں ملا۔ دوبارہ سائن ان شروع کرنے کے لیے دوبارہ کوشش کریں دبائیں۔</translation>
    </message>
</context>
<context>
    <name>BrowserWaitPage</name>
    <message>
        <source>Finish signing in in your browser</source>
        <translation>اپنے براؤزر میں سائن ان مکمل کریں</translation>
    </message>
    <message>
        <source>PKB&apos;s sign-in page has opened in your web browser. Sign in there and allow PKB Link to read your details, then come back here. PKB Link waits until %1.</source>
        <translation>PKB کا سائن ان صفحہ آپ کے ویب براؤزر میں کھل گیا ہے۔ وہاں سائن ان کریں اور PKB Link کو اپنی تفصیلات پڑھنے کی اجازت دیں، پھر یہاں واپس آئیں۔ PKB Link %1 تک انتظار کرے گا۔</translation>
    </message>
    <message>
        <source>Waiting for your web browser</source>
        <translation>آپ کے ویب براؤزر کا انتظار ہو رہا ہے</translation>
    </message>
    <message>
        <source>&amp;Open the page again</source>
        <translation>صفحہ دوبارہ &amp;کھولیں</translation>
    </message>
    <message>
        <source>Open PKB&apos;s sign-in page in your browser again</source>
        <translation>PKB کا سائن ان صفحہ اپنے براؤزر میں دوبارہ کھولیں</translation>
    </message>
    <message>
        <source>Sign in &amp;inside PKB Link instead</source>
        <translation>اس کے بجائے PKB Link کے &amp;اندر سائن ان کریں</translation>
    </message>
    <message>
        <source>Sign in inside PKB Link instead</source>
        <translation>اس کے بجائے PKB Link کے اندر سائن ان کریں</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>منسوخ &amp;کریں</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>سائن ان منسوخ کریں</translation>
    </message>
    <message>
        <source>For when you closed the browser&apos;s tab or window.</source>
        <translation>اس صورت کے لیے جب آپ نے براؤزر کا ٹیب یا ونڈو بند کر دیا ہو۔</translation>
    </message>
    <message>
        <source>Stops waiting for the browser and shows PKB&apos;s page in this window.</source>
        <translation>براؤزر کا انتظار بند کرتا ہے اور PKB کا صفحہ اسی ونڈو میں دکھاتا ہے۔</translation>
    </message>
    <message>
        <source>Stops waiting for the browser. Your record is not linked.</source>
        <translation>براؤزر کا انتظار بند کرتا ہے۔ آپ کا ریکارڈ منسلک نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>پاس ورڈ تبدیل کریں</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>موجودہ پاس ورڈ</translation>
    </message>
    <message>
        <source>The password you sign in with now</source>
        <translation>وہ پاس ورڈ جس سے آپ ابھی سائن ان کرتے ہیں</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>نیا پاس ورڈ</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>کم از کم 10 حروف</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>نئے پاس ورڈ کی تصدیق</translation>
    </message>
    <message>
        <source>Type the new password again</source>
        <translation>نیا پاس ورڈ دوبارہ ٹائپ کریں</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;موجودہ پاس ورڈ:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;نیا پاس ورڈ:</translation>
    </message>
    <message>
        <source>C&amp;onfirm new password:</source>
        <translation>نئے پاس ورڈ کی &amp;تصدیق:</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>پاس ورڈ تبدیل نہیں ہوا</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>پاس ورڈ &amp;بدلیں</translation>
    </message>
    <message>
        <source>Save the new password</source>
        <translation>نیا پاس ورڈ محفوظ کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Keep the current password</source>
        <translation>موجودہ پاس ورڈ برقرار رکھیں</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>آپ کا پاس ورڈ تبدیل ہو رہا ہے…</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>PKB Link: links your Patients Know Best record to this computer.</source>
        <translation>PKB Link: آپ کے Patients Know Best ریکارڈ کو اس کمپیوٹر سے منسلک کرتا ہے۔</translation>
    </message>
    <message>
        <source>Do not send PKCE parameters (for servers that reject them).</source>
        <translation>PKCE پیرامیٹرز نہ بھیجیں (ان سرورز کے لیے جو انہیں مسترد کرتے ہیں)۔</translation>
    </message>
    <message>
        <source>Run as a shared clinic kiosk (full screen, idle sign-out).</source>
        <translation>کلینک کے مشترکہ کیوسک کے طور پر چلائیں (پوری اسکرین، کچھ دیر استعمال نہ ہونے پر خودکار سائن آؤٹ)۔</translation>
    </message>
    <message>
        <source>Use this settings file.</source>
        <translation>یہ ترتیبات فائل استعمال کریں۔</translation>
    </message>
    <message>
        <source>Keep the local accounts database in this folder.</source>
        <translation>مقامی اکاؤنٹس ڈیٹا بیس اس فولڈر میں رکھیں۔</translation>
    </message>
    <message>
        <source>Read the client secret from this file.</source>
        <translation>کلائنٹ سیکرٹ اس فائل سے پڑھیں۔</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>غیر متوقع آرگیومنٹ: %1</translation>
    </message>
    <message>
        <source>Cannot read the client secret file %1: %2</source>
        <translation>کلائنٹ سیکرٹ فائل %1 پڑھی نہیں جا سکتی: %2</translation>
    </message>
    <message>
        <source>Try this policy file: its values are fixed like the administrator&apos;s, without replacing or relaxing them.</source>
        <translation>یہ پالیسی فائل آزمائیں: اس کی قدریں منتظم کی قدروں کی طرح مقرر ہوتی ہیں، انہیں بدلے یا نرم کیے بغیر۔</translation>
    </message>
</context>
<context>
    <name>CreateAccountPage</name>
    <message>
        <source>Create your PKB Link account</source>
        <translation>اپنا PKB Link اکاؤنٹ بنائیں</translation>
    </message>
    <message>
        <source>This account is for PKB Link on this computer only. It is not your PKB account: you will connect that in the next step.</source>
        <translation>یہ اکاؤنٹ صرف اس کمپیوٹر پر PKB Link کے لیے ہے۔ یہ آپ کا PKB اکاؤنٹ نہیں ہے: اسے آپ اگلے مرحلے میں منسلک کریں گے۔</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>صارف نام</translation>
    </message>
    <message>
        <source>The name you will sign in with on this computer</source>
        <translation>وہ نام جس سے آپ اس کمپیوٹر پر سائن ان کریں گے</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;صارف نام:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>نمائشی نام</translation>
    </message>
    <message>
        <source>What PKB Link calls you, for example your first name</source>
        <translation>PKB Link آپ کو کس نام سے پکارے، مثلاً آپ کا پہلا نام</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;نمائشی نام:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>کم از کم 10 حروف</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;پاس ورڈ:</translation>
    </message>
    <message>
        <source>At least 10 characters. A few words you can remember work well.</source>
        <translation>کم از کم 10 حروف۔ چند ایسے الفاظ جو آپ کو آسانی سے یاد رہیں، اچھا پاس ورڈ بناتے ہیں۔</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>پاس ورڈ کی تصدیق</translation>
    </message>
    <message>
        <source>Type the same password again</source>
        <translation>وہی پاس ورڈ دوبارہ ٹائپ کریں</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>پاس ورڈ کی &amp;تصدیق:</translation>
    </message>
    <message>
        <source>Account not created</source>
        <translation>اکاؤنٹ نہیں بنا</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;واپس</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <source>Go back to the welcome page without creating an account</source>
        <translation>اکاؤنٹ بنائے بغیر خوش آمدید والے صفحے پر واپس جائیں</translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation>اکاؤنٹ &amp;بنائیں</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>اکاؤنٹ بنائیں</translation>
    </message>
    <message>
        <source>Create the account and sign in</source>
        <translation>اکاؤنٹ بنائیں اور سائن ان کریں</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>آپ کا اکاؤنٹ بن رہا ہے…</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Female</source>
        <translation>مؤنث</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>مذکر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>England</source>
        <translation>انگلینڈ</translation>
    </message>
    <message>
        <source>Wales</source>
        <translation>ویلز</translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation>اسکاٹ لینڈ</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation>شمالی آئرلینڈ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>موبائل فون</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>گھر کا فون</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>دفتر کا فون</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>main</source>
        <translation>بنیادی</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>غیر تصدیق شدہ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>آخری بار تازہ کاری: %1</translation>
    </message>
    <message>
        <source>Your details as Patients Know Best holds them.</source>
        <translation>آپ کی تفصیلات، جیسی Patients Know Best کے پاس محفوظ ہیں۔</translation>
    </message>
    <message>
        <source>Your details could not be loaded yet. Use Refresh to try again.</source>
        <translation>آپ کی تفصیلات ابھی لوڈ نہیں ہو سکیں۔ دوبارہ کوشش کرنے کے لیے &quot;تازہ کریں&quot; استعمال کریں۔</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>تاریخ پیدائش:</translation>
    </message>
    <message>
        <source>Date of death:</source>
        <translation>تاریخ وفات:</translation>
    </message>
    <message>
        <source>Sex at birth:</source>
        <translation>پیدائش کے وقت جنس:</translation>
    </message>
    <message>
        <source>NHS number:</source>
        <translation>NHS نمبر:</translation>
    </message>
    <message>
        <source>Other identifiers:</source>
        <translation>دیگر شناختی نمبر:</translation>
    </message>
    <message>
        <source>PKB public id:</source>
        <translation>PKB عوامی آئی ڈی:</translation>
    </message>
    <message>
        <source>Contact details:</source>
        <translation>رابطے کی تفصیلات:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>پتہ:</translation>
    </message>
    <message>
        <source>PKB did not give this app a way to renew its access. When the current access ends, you will need to grant access again.</source>
        <translation>PKB نے اس ایپ کو اپنی رسائی کی تجدید کا کوئی طریقہ نہیں دیا۔ موجودہ رسائی ختم ہونے پر آپ کو دوبارہ رسائی دینی ہوگی۔</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>تازہ کیا جا رہا ہے</translation>
    </message>
    <message>
        <source>Getting your details from PKB</source>
        <translation>PKB سے آپ کی تفصیلات حاصل کی جا رہی ہیں</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تازہ کریں</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازہ کریں</translation>
    </message>
    <message>
        <source>Get your details from PKB again</source>
        <translation>PKB سے اپنی تفصیلات دوبارہ حاصل کریں</translation>
    </message>
    <message>
        <source>Date not recorded</source>
        <translation>تاریخ درج نہیں</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>دستیاب نہیں</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>کچھ درج نہیں</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>انتباہ</translation>
    </message>
    <message>
        <source>not a valid NHS number</source>
        <translation>درست NHS نمبر نہیں</translation>
    </message>
    <message>
        <source>NHS number: %1</source>
        <translation>NHS نمبر: %1</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>NHS نمبر</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;کاپی کریں</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کاپی کریں</translation>
    </message>
    <message>
        <source>Copy NHS number</source>
        <translation>NHS نمبر کاپی کریں</translation>
    </message>
    <message>
        <source>Put the NHS number %1 on the clipboard, digits only</source>
        <translation>NHS نمبر %1 کو کلپ بورڈ پر کاپی کریں، صرف ہندسے</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>آپ کی تفصیلات</translation>
    </message>
    <message>
        <source>Show NHS &amp;number</source>
        <translation>NHS &amp;نمبر دکھائیں</translation>
    </message>
    <message>
        <source>Show NHS number</source>
        <translation>NHS نمبر دکھائیں</translation>
    </message>
    <message>
        <source>The NHS number is hidden on this shared computer until you ask to see it</source>
        <translation>اس مشترکہ کمپیوٹر پر NHS نمبر اس وقت تک چھپا رہتا ہے جب تک آپ اسے دیکھنے کو نہ کہیں</translation>
    </message>
    <message>
        <source>Show other &amp;identifiers</source>
        <translation>&amp;دیگر شناختی نمبر دکھائیں</translation>
    </message>
    <message>
        <source>Show other identifiers</source>
        <translation>دیگر شناختی نمبر دکھائیں</translation>
    </message>
    <message>
        <source>Other identifiers are hidden on this shared computer until you ask to see them</source>
        <translation>اس مشترکہ کمپیوٹر پر دیگر شناختی نمبر اس وقت تک چھپے رہتے ہیں جب تک آپ انہیں دیکھنے کو نہ کہیں</translation>
    </message>
</context>
<context>
    <name>EnvironmentConfig</name>
    <message>
        <source>The PKB environment &quot;%1&quot; is not known. Choose sandbox, production-uk, local or custom in Settings.</source>
        <translation>PKB ماحول &quot;%1&quot; نامعلوم ہے۔ ترتیبات میں sandbox، production-uk، local یا custom منتخب کریں۔</translation>
    </message>
    <message>
        <source>The PKB address is missing. Set it in Settings or ask your administrator.</source>
        <translation>PKB کا ایڈریس موجود نہیں ہے۔ اسے ترتیبات میں درج کریں یا اپنے منتظم سے پوچھیں۔</translation>
    </message>
    <message>
        <source>The PKB address %1 is not allowed: PKB must be reached over HTTPS.</source>
        <translation>PKB ایڈریس %1 کی اجازت نہیں ہے: PKB سے رابطہ HTTPS کے ذریعے ہونا ضروری ہے۔</translation>
    </message>
    <message>
        <source>No PKB client id is set. Enter the client id PKB gave you in Settings, or ask your administrator.</source>
        <translation>PKB کلائنٹ آئی ڈی درج نہیں ہے۔ PKB کی طرف سے دی گئی کلائنٹ آئی ڈی ترتیبات میں درج کریں، یا اپنے منتظم سے پوچھیں۔</translation>
    </message>
    <message>
        <source>The client authentication method needs a client secret, and none was given.</source>
        <translation>کلائنٹ کی توثیق کے اس طریقے کے لیے کلائنٹ سیکرٹ درکار ہے، اور کوئی سیکرٹ نہیں دیا گیا۔</translation>
    </message>
    <message>
        <source>The redirect address is not valid. Use the one registered with PKB.</source>
        <translation>ری ڈائریکٹ ایڈریس درست نہیں ہے۔ وہی ایڈریس استعمال کریں جو PKB کے ساتھ رجسٹرڈ ہے۔</translation>
    </message>
    <message>
        <source>The redirect address must be HTTPS, a loopback address or an app scheme.</source>
        <translation>ری ڈائریکٹ ایڈریس HTTPS، لوپ بیک ایڈریس یا ایپ اسکیم ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The network timeout must be positive.</source>
        <translation>نیٹ ورک ٹائم آؤٹ مثبت ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The refresh lead must be between 0 and %1 seconds.</source>
        <translation>ریفریش کا پیشگی وقت 0 اور %1 سیکنڈ کے درمیان ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The PKB address %1 is not part of PKB at %2. Only your administrator can send PKB Link to another address.</source>
        <translation>PKB کا پتہ %1، %2 پر موجود PKB کا حصہ نہیں ہے۔ صرف آپ کا منتظم PKB Link کو کسی اور پتے پر بھیج سکتا ہے۔</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Try the last step again</source>
        <translation>آخری مرحلہ دوبارہ آزمائیں</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;ہٹائیں</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>یہ پیغام چھپائیں</translation>
    </message>
</context>
<context>
    <name>ErrorWording</name>
    <message>
        <source>You chose not to give PKB Link access to your record, so it is not linked and nothing was shared. You can connect again at any time.</source>
        <translation>آپ نے PKB Link کو اپنے ریکارڈ تک رسائی نہ دینے کا انتخاب کیا، اس لیے یہ منسلک نہیں ہوا اور کچھ بھی شیئر نہیں کیا گیا۔ آپ کسی بھی وقت دوبارہ منسلک کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Connecting to PKB was cancelled, so your record is not linked. You can connect again at any time.</source>
        <translation>PKB سے منسلک ہونا منسوخ کر دیا گیا، اس لیے آپ کا ریکارڈ منسلک نہیں ہوا۔ آپ کسی بھی وقت دوبارہ منسلک کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your internet connection and try again.</source>
        <translation>PKB سے رابطہ نہیں ہو سکا۔ اپنا انٹرنیٹ کنکشن چیک کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Your system keychain is locked or not running. Unlock it and try again.</source>
        <translation>آپ کا سسٹم کی چین لاک ہے یا چل نہیں رہا۔ اسے ان لاک کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, and if it keeps happening, contact support.</source>
        <translation>کچھ غلط ہو گیا۔ دوبارہ کوشش کریں، اور اگر ایسا بار بار ہو تو سپورٹ سے رابطہ کریں۔</translation>
    </message>
</context>
<context>
    <name>GrantAccessView</name>
    <message>
        <source>Connect to Patients Know Best</source>
        <translation>Patients Know Best سے منسلک ہوں</translation>
    </message>
    <message>
        <source>Patients Know Best sign-in page</source>
        <translation>Patients Know Best کا سائن ان صفحہ</translation>
    </message>
    <message>
        <source>Sign in to Patients Know Best and choose whether this app may read your record</source>
        <translation>Patients Know Best میں سائن ان کریں اور منتخب کریں کہ آیا یہ ایپ آپ کا ریکارڈ پڑھ سکتی ہے</translation>
    </message>
    <message>
        <source>The connection to PKB is not secure (certificate problem). The page was not opened.</source>
        <translation>PKB سے کنکشن محفوظ نہیں ہے (سرٹیفکیٹ کا مسئلہ)۔ صفحہ نہیں کھولا گیا۔</translation>
    </message>
    <message>
        <source>PKB is not answering properly right now. Try again in a few minutes.</source>
        <translation>PKB اس وقت ٹھیک طرح سے جواب نہیں دے رہا۔ چند منٹ بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>PKB&apos;s page could not be loaded. Check your connection and try Retry.</source>
        <translation>PKB کا صفحہ لوڈ نہیں ہو سکا۔ اپنا کنکشن چیک کریں اور &quot;دوبارہ کوشش کریں&quot; دبائیں۔</translation>
    </message>
    <message>
        <source>PKB&apos;s page stopped working. Try Retry.</source>
        <translation>PKB کے صفحے نے کام کرنا بند کر دیا۔ &quot;دوبارہ کوشش کریں&quot; دبائیں۔</translation>
    </message>
    <message>
        <source>The PKB address is not allowed for this environment. Check the PKB settings.</source>
        <translation>اس ماحول کے لیے اس PKB ایڈریس کی اجازت نہیں ہے۔ PKB کی ترتیبات چیک کریں۔</translation>
    </message>
    <message>
        <source>This app is not set up to receive PKB&apos;s answer at its redirect address. Check the redirect address in Settings.</source>
        <translation>یہ ایپ اپنے ری ڈائریکٹ ایڈریس پر PKB کا جواب وصول کرنے کے لیے ترتیب نہیں دی گئی۔ ترتیبات میں ری ڈائریکٹ ایڈریس چیک کریں۔</translation>
    </message>
    <message>
        <source>The page tried to show a message.</source>
        <translation>صفحے نے ایک پیغام دکھانے کی کوشش کی۔</translation>
    </message>
    <message>
        <source>The page says: &quot;%1&quot;</source>
        <translation>صفحہ کہتا ہے: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The page asked &quot;%1&quot;. PKB Link cannot answer questions from the page here, so it answered No. If you cannot go on, press Cancel and connect again.</source>
        <translation>صفحے نے پوچھا &quot;%1&quot;۔ PKB Link یہاں صفحے کے سوالوں کا جواب نہیں دے سکتا، اس لیے اس نے نہیں کہا۔ اگر آپ آگے نہیں بڑھ سکتے تو منسوخ کریں دبائیں اور دوبارہ جڑیں۔</translation>
    </message>
    <message>
        <source>The page asked for a file. Files cannot be chosen or sent from PKB Link&apos;s sign-in page.</source>
        <translation>صفحے نے ایک فائل مانگی۔ PKB Link کے سائن اِن صفحے سے فائلیں نہ چنی جا سکتی ہیں نہ بھیجی جا سکتی ہیں۔</translation>
    </message>
    <message>
        <source>This sign-in option leads to %1, which PKB Link does not allow. Ask your administrator, or sign in with your PKB user name and password.</source>
        <translation>یہ سائن ان کا طریقہ %1 کی طرف لے جاتا ہے، جس کی PKB Link اجازت نہیں دیتا۔ اپنے منتظم سے پوچھیں، یا اپنے PKB صارف نام اور پاس ورڈ سے سائن ان کریں۔</translation>
    </message>
    <message>
        <source>PKB Link stopped the page from opening a site that is not on its list of sign-in sites.</source>
        <translation>PKB Link نے صفحے کو ایک ایسی سائٹ کھولنے سے روک دیا جو اس کی سائن ان سائٹس کی فہرست میں نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>GrantHeaderBar</name>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>کنکشن کی حفاظت</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <source>The address of the page shown below</source>
        <translation>نیچے دکھائے گئے صفحے کا ایڈریس</translation>
    </message>
    <message>
        <source>Page loading progress</source>
        <translation>صفحہ لوڈ ہونے کی پیش رفت</translation>
    </message>
    <message>
        <source>How much of PKB&apos;s page has loaded</source>
        <translation>PKB کا صفحہ کتنا لوڈ ہو چکا ہے</translation>
    </message>
    <message>
        <source>Stop connecting to Patients Know Best and close this page</source>
        <translation>Patients Know Best سے منسلک ہونا روکیں اور یہ صفحہ بند کریں</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>محفوظ کنکشن</translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted (HTTPS).</source>
        <translation>%1 سے کنکشن انکرپٹڈ ہے (HTTPS)۔</translation>
    </message>
    <message>
        <source>Not encrypted: local test server</source>
        <translation>انکرپٹڈ نہیں: مقامی ٹیسٹ سرور</translation>
    </message>
    <message>
        <source>This page comes from a test server on this computer, not from PKB.</source>
        <translation>یہ صفحہ PKB سے نہیں، بلکہ اس کمپیوٹر پر موجود ایک ٹیسٹ سرور سے آ رہا ہے۔</translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation>محفوظ نہیں</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted.</source>
        <translation>%1 سے کنکشن انکرپٹڈ نہیں ہے۔</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>ویب سائٹ: %1</translation>
    </message>
    <message>
        <source>Website: %1, %2</source>
        <translation>ویب سائٹ: %1، %2</translation>
    </message>
    <message>
        <source>What you type on the page below goes to %1.</source>
        <translation>نیچے والے صفحے پر آپ جو لکھتے ہیں وہ %1 کو جاتا ہے۔</translation>
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
        <translation>PKB Link کا وہ حصہ جو PKB کے صفحات دکھاتا ہے موجود نہیں ہے یا کسی دوسرے ورژن کا ہے۔ PKB Link دوبارہ انسٹال کریں۔</translation>
    </message>
</context>
<context>
    <name>GrantStepPage</name>
    <message>
        <source>Sign in to Patients Know Best below, then choose whether PKB Link may read your details. This is PKB&apos;s own page: PKB Link never sees your PKB password.</source>
        <translation>نیچے Patients Know Best میں سائن ان کریں، پھر منتخب کریں کہ آیا PKB Link آپ کی تفصیلات پڑھ سکتا ہے۔ یہ PKB کا اپنا صفحہ ہے: PKB Link آپ کا PKB پاس ورڈ کبھی نہیں دیکھتا۔</translation>
    </message>
    <message>
        <source>Sign in with my &amp;web browser instead</source>
        <translation>اس کے بجائے اپنے &amp;ویب براؤزر سے سائن ان کریں</translation>
    </message>
    <message>
        <source>Sign in with my web browser instead</source>
        <translation>اس کے بجائے اپنے ویب براؤزر سے سائن ان کریں</translation>
    </message>
    <message>
        <source>Opens PKB&apos;s sign-in page in your own web browser, for example to use your password manager or a security key there.</source>
        <translation>PKB کا سائن ان صفحہ آپ کے اپنے ویب براؤزر میں کھولتا ہے، مثال کے طور پر وہاں اپنا پاس ورڈ مینیجر یا سیکیورٹی کلید استعمال کرنے کے لیے۔</translation>
    </message>
</context>
<context>
    <name>GrantWebAuthDialog</name>
    <message>
        <source>Security key</source>
        <translation>سیکیورٹی کی</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>اکاؤنٹ</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN دوبارہ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Touch your security key, or follow its instructions, to sign in to %1.</source>
        <translation>%1 میں سائن ان کرنے کے لیے اپنی سیکیورٹی کی کو چھوئیں، یا اس کی ہدایات پر عمل کریں۔</translation>
    </message>
    <message>
        <source>Choose the account to sign in to %1 with.</source>
        <translation>وہ اکاؤنٹ منتخب کریں جس سے %1 میں سائن ان کرنا ہے۔</translation>
    </message>
    <message>
        <source>Choose a PIN for your security key (at least %1 characters).</source>
        <translation>اپنی سیکیورٹی کی کے لیے PIN منتخب کریں (کم از کم %1 حروف)۔</translation>
    </message>
    <message>
        <source>Enter the PIN of your security key.</source>
        <translation>اپنی سیکیورٹی کی کا PIN درج کریں۔</translation>
    </message>
    <message>
        <source>That PIN is not right. Attempts left: %1.</source>
        <translation>یہ PIN درست نہیں۔ باقی کوششیں: %1۔</translation>
    </message>
    <message>
        <source>The PIN is too short.</source>
        <translation>PIN بہت چھوٹا ہے۔</translation>
    </message>
    <message>
        <source>The security key did not accept this PIN. Try another one.</source>
        <translation>سیکیورٹی کی نے یہ PIN قبول نہیں کیا۔ کوئی اور آزمائیں۔</translation>
    </message>
    <message>
        <source>The security key did not answer in time.</source>
        <translation>سیکیورٹی کی نے وقت پر جواب نہیں دیا۔</translation>
    </message>
    <message>
        <source>This security key is not registered for this account.</source>
        <translation>یہ سیکیورٹی کی اس اکاؤنٹ کے لیے رجسٹرڈ نہیں ہے۔</translation>
    </message>
    <message>
        <source>The security key is locked after too many wrong PINs.</source>
        <translation>بہت زیادہ غلط PIN کے بعد سیکیورٹی کی مقفل ہو گئی ہے۔</translation>
    </message>
    <message>
        <source>The security key could not be used to sign in.</source>
        <translation>سیکیورٹی کی سے سائن ان نہیں کیا جا سکا۔</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>دونوں PIN ایک جیسے نہیں ہیں۔</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>PKB has ended this app&apos;s access to your record. Grant access again to see your details.</source>
        <translation>PKB نے آپ کے ریکارڈ تک اس ایپ کی رسائی ختم کر دی ہے۔ اپنی تفصیلات دیکھنے کے لیے دوبارہ رسائی دیں۔</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>خوش آمدید</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>خوش آمدید، %1</translation>
    </message>
    <message>
        <source>&amp;Grant access again</source>
        <translation>دوبارہ &amp;رسائی دیں</translation>
    </message>
    <message>
        <source>Grant access again</source>
        <translation>دوبارہ رسائی دیں</translation>
    </message>
    <message>
        <source>You will sign in to PKB on its own page and allow PKB Link to read your details again.</source>
        <translation>آپ PKB کے اپنے صفحے پر سائن ان کریں گے اور PKB Link کو دوبارہ اپنی تفصیلات پڑھنے کی اجازت دیں گے۔</translation>
    </message>
    <message>
        <source>&amp;Connect your Patients Know Best record</source>
        <translation>اپنا Patients Know Best &amp;ریکارڈ منسلک کریں</translation>
    </message>
    <message>
        <source>Connect your Patients Know Best record</source>
        <translation>اپنا Patients Know Best ریکارڈ منسلک کریں</translation>
    </message>
    <message>
        <source>You will sign in to PKB on its own page and allow PKB Link to read your details. You only need to do this once.</source>
        <translation>آپ PKB کے اپنے صفحے پر سائن ان کریں گے اور PKB Link کو اپنی تفصیلات پڑھنے کی اجازت دیں گے۔ آپ کو یہ صرف ایک بار کرنا ہوگا۔</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>You are about to be signed out</source>
        <translation>آپ جلد ہی سائن آؤٹ ہونے والے ہیں</translation>
    </message>
    <message numerus="yes">
        <source>No one has used PKB Link for a while. You will be signed out in %n s.</source>
        <translation>
            <numerusform>کچھ دیر سے کسی نے PKB Link استعمال نہیں کیا۔ آپ %n سیکنڈ میں سائن آؤٹ ہو جائیں گے۔</numerusform>
            <numerusform>کچھ دیر سے کسی نے PKB Link استعمال نہیں کیا۔ آپ %n سیکنڈ میں سائن آؤٹ ہو جائیں گے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stay signed in</source>
        <translation>&amp;سائن ان رہیں</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>سائن ان رہیں</translation>
    </message>
    <message>
        <source>Keep this session open</source>
        <translation>یہ سیشن کھلا رکھیں</translation>
    </message>
</context>
<context>
    <name>KeychainEntryJob</name>
    <message>
        <source>No system keychain is available to keep your PKB access safe. Start one (on Linux: GNOME Keyring or KWallet) and try again.</source>
        <translation>آپ کی PKB رسائی کو محفوظ رکھنے کے لیے کوئی سسٹم کی چین دستیاب نہیں ہے۔ کوئی کی چین شروع کریں (Linux پر: GNOME Keyring یا KWallet) اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Access to your system keychain was refused. Allow PKB Link to use the keychain when asked, and try again.</source>
        <translation>آپ کے سسٹم کی چین تک رسائی سے انکار کر دیا گیا۔ پوچھے جانے پر PKB Link کو کی چین استعمال کرنے کی اجازت دیں، اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Your system keychain is locked. Unlock it (on Linux: GNOME Keyring or KWallet) and try again.</source>
        <translation>آپ کا سسٹم کی چین لاک ہے۔ اسے ان لاک کریں (Linux پر: GNOME Keyring یا KWallet) اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>PKB Link could not remove its saved access from your system keychain. Unlock the keychain and try again.</source>
        <translation>PKB Link آپ کے سسٹم کی چین سے اپنی محفوظ کردہ رسائی نہیں ہٹا سکا۔ کی چین ان لاک کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Your system keychain is locked or not running. Unlock or start it (on Linux: GNOME Keyring or KWallet) and try again.</source>
        <translation>آپ کا سسٹم کی چین لاک ہے یا چل نہیں رہا۔ اسے ان لاک کریں یا شروع کریں (Linux پر: GNOME Keyring یا KWallet) اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Your system keychain could not be used. Check that it is running and unlocked, and try again.</source>
        <translation>آپ کا سسٹم کی چین استعمال نہیں کیا جا سکا۔ چیک کریں کہ یہ چل رہا ہے اور ان لاک ہے، اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Your system keychain is still not answering. If it asks you to unlock it, do so; then press Retry.</source>
        <translation>آپ کا سسٹم کی چین اب بھی جواب نہیں دے رہا۔ اگر وہ ان لاک کرنے کو کہے تو ان لاک کر دیں، پھر دوبارہ کوشش کریں دبائیں۔</translation>
    </message>
    <message>
        <source>Your system keychain is not answering. If it asks you to unlock it, do so; then press Retry.</source>
        <translation>آپ کا سسٹم کی چین جواب نہیں دے رہا۔ اگر وہ ان لاک کرنے کو کہے تو ان لاک کر دیں، پھر دوبارہ کوشش کریں دبائیں۔</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>PKB Link could not name its keychain entry.</source>
        <translation>PKB Link اپنے کی چین اندراج کا نام نہیں رکھ سکا۔</translation>
    </message>
</context>
<context>
    <name>LinkAttempt</name>
    <message>
        <source>Linking was cancelled.</source>
        <translation>منسلک کرنے کا عمل منسوخ کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>LinkingPage</name>
    <message>
        <source>Please wait</source>
        <translation>براہ کرم انتظار کریں</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>کام جاری ہے</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>The address for signing in with your web browser is not usable. Ask your administrator to set it to http://127.0.0.1 with a path (and a port, if PKB registered one).</source>
        <translation>ویب براؤزر سے سائن ان کرنے کا پتہ قابل استعمال نہیں ہے۔ اپنے منتظم سے کہیں کہ اسے ایک راستے کے ساتھ http://127.0.0.1 پر سیٹ کریں (اور ایک پورٹ، اگر PKB نے رجسٹر کیا ہو)۔</translation>
    </message>
    <message>
        <source>PKB Link could not wait for your browser&apos;s answer on this computer. Please try again.</source>
        <translation>PKB Link اس کمپیوٹر پر آپ کے براؤزر کے جواب کا انتظار نہیں کر سکا۔ براہ کرم دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>PKB Link could not wait for your browser&apos;s answer: another program on this computer uses port %1. Close it and try again, or ask your administrator.</source>
        <translation>PKB Link آپ کے براؤزر کے جواب کا انتظار نہیں کر سکا: اس کمپیوٹر پر ایک اور پروگرام پورٹ %1 استعمال کر رہا ہے۔ اسے بند کریں اور دوبارہ کوشش کریں، یا اپنے منتظم سے پوچھیں۔</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>سائن ان ہو گیا</translation>
    </message>
    <message>
        <source>You can close this tab and return to PKB Link.</source>
        <translation>آپ یہ ٹیب بند کر کے PKB Link پر واپس جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Sign-in not recognised</source>
        <translation>سائن ان پہچانا نہیں گیا</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in PKB Link is waiting for. Nothing was changed. Return to PKB Link and try again.</source>
        <translation>یہ جواب اس سائن ان کا نہیں ہے جس کا PKB Link انتظار کر رہا ہے۔ کچھ بھی تبدیل نہیں ہوا۔ PKB Link پر واپس جائیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Sign-in already finished</source>
        <translation>سائن ان پہلے ہی مکمل ہو چکا ہے</translation>
    </message>
    <message>
        <source>PKB Link has already received the answer to this sign-in. Nothing was changed. You can close this tab and return to PKB Link.</source>
        <translation>PKB Link کو اس سائن ان کا جواب پہلے ہی مل چکا ہے۔ کچھ بھی تبدیل نہیں ہوا۔ آپ یہ ٹیب بند کر کے PKB Link پر واپس جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Not a sign-in address</source>
        <translation>یہ سائن ان کا پتہ نہیں ہے</translation>
    </message>
    <message>
        <source>This address only receives PKB&apos;s answer while you sign in to PKB Link. Nothing was changed.</source>
        <translation>یہ پتہ صرف اس وقت PKB کا جواب وصول کرتا ہے جب آپ PKB Link میں سائن ان کر رہے ہوں۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
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
        <translation>&amp;اکاؤنٹ</translation>
    </message>
    <message>
        <source>&amp;Unlink PKB record...</source>
        <translation>PKB ریکارڈ کا &amp;ربط ختم کریں...</translation>
    </message>
    <message>
        <source>Remove this app&apos;s access to your PKB record from this computer</source>
        <translation>اس کمپیوٹر سے آپ کے PKB ریکارڈ تک اس ایپ کی رسائی ختم کریں</translation>
    </message>
    <message>
        <source>&amp;Change password...</source>
        <translation>&amp;پاس ورڈ تبدیل کریں...</translation>
    </message>
    <message>
        <source>Change the password of your PKB Link account</source>
        <translation>اپنے PKB Link اکاؤنٹ کا پاس ورڈ تبدیل کریں</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;سائن آؤٹ کریں</translation>
    </message>
    <message>
        <source>Sign out of PKB Link on this computer</source>
        <translation>اس کمپیوٹر پر PKB Link سے سائن آؤٹ کریں</translation>
    </message>
    <message>
        <source>&amp;Delete account...</source>
        <translation>اکاؤنٹ &amp;حذف کریں...</translation>
    </message>
    <message>
        <source>Delete your PKB Link account and its link to PKB</source>
        <translation>اپنا PKB Link اکاؤنٹ اور PKB سے اس کا ربط حذف کریں</translation>
    </message>
    <message>
        <source>S&amp;ettings...</source>
        <translation>&amp;ترتیبات...</translation>
    </message>
    <message>
        <source>How PKB Link reaches Patients Know Best</source>
        <translation>PKB Link کس طرح Patients Know Best سے رابطہ کرتا ہے</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;باہر نکلیں</translation>
    </message>
    <message>
        <source>Close PKB Link</source>
        <translation>PKB Link بند کریں</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مدد</translation>
    </message>
    <message>
        <source>&amp;About PKB Link</source>
        <translation>PKB Link کے &amp;بارے میں</translation>
    </message>
    <message>
        <source>NHS number copied.</source>
        <translation>NHS نمبر کاپی ہو گیا۔</translation>
    </message>
    <message>
        <source>Your PKB record is no longer linked to PKB Link.</source>
        <translation>آپ کا PKB ریکارڈ اب PKB Link سے منسلک نہیں ہے۔</translation>
    </message>
    <message>
        <source>Your PKB Link account was deleted from this computer.</source>
        <translation>آپ کا PKB Link اکاؤنٹ اس کمپیوٹر سے حذف کر دیا گیا۔</translation>
    </message>
    <message>
        <source>Linking your PKB record...</source>
        <translation>آپ کا PKB ریکارڈ منسلک کیا جا رہا ہے...</translation>
    </message>
    <message>
        <source>Getting your details from PKB...</source>
        <translation>PKB سے آپ کی تفصیلات حاصل کی جا رہی ہیں...</translation>
    </message>
    <message>
        <source>Checking PKB&apos;s answer...</source>
        <translation>PKB کا جواب جانچا جا رہا ہے...</translation>
    </message>
    <message>
        <source>You cancelled connecting to PKB.</source>
        <translation>آپ نے PKB سے منسلک ہونا منسوخ کر دیا۔</translation>
    </message>
    <message>
        <source>Your PKB record is linked.</source>
        <translation>آپ کا PKB ریکارڈ منسلک ہو گیا ہے۔</translation>
    </message>
    <message>
        <source>Open in your browser?</source>
        <translation>اپنے براؤزر میں کھولیں؟</translation>
    </message>
    <message>
        <source>This link leads away from PKB&apos;s sign-in pages, to %1. Open it in your web browser?</source>
        <translation>یہ لنک PKB کے سائن ان صفحات سے باہر، %1 پر لے جاتا ہے۔ کیا آپ اسے اپنے ویب براؤزر میں کھولنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;براؤزر میں کھولیں</translation>
    </message>
    <message>
        <source>Details for support: %1</source>
        <translation>سپورٹ کے لیے تفصیلات: %1</translation>
    </message>
    <message>
        <source>Unlink your PKB record?</source>
        <translation>اپنے PKB ریکارڈ کا ربط ختم کریں؟</translation>
    </message>
    <message>
        <source>PKB Link will forget the keys PKB gave it and stop showing your details. Your PKB record itself is not changed. You can connect again later.</source>
        <translation>PKB Link وہ کلیدیں مٹا دے گا جو PKB نے اسے دی تھیں، اور آپ کی تفصیلات دکھانا بند کر دے گا۔ آپ کے PKB ریکارڈ میں خود کوئی تبدیلی نہیں ہوتی۔ آپ بعد میں دوبارہ منسلک کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;ربط ختم کریں</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>آپ سائن آؤٹ ہو گئے ہیں۔</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>آپ کا پاس ورڈ تبدیل کر دیا گیا۔</translation>
    </message>
    <message>
        <source>Delete your PKB Link account?</source>
        <translation>اپنا PKB Link اکاؤنٹ حذف کریں؟</translation>
    </message>
    <message>
        <source>This deletes your PKB Link account from this computer and forgets the keys PKB gave it. Your PKB record itself is not changed. This cannot be undone.</source>
        <translation>اس سے آپ کا PKB Link اکاؤنٹ اس کمپیوٹر سے حذف ہو جائے گا اور PKB کی دی ہوئی کلیدیں مٹا دی جائیں گی۔ آپ کے PKB ریکارڈ میں خود کوئی تبدیلی نہیں ہوتی۔ اس عمل کو واپس نہیں لیا جا سکتا۔</translation>
    </message>
    <message>
        <source>&amp;Delete account</source>
        <translation>اکاؤنٹ &amp;حذف کریں</translation>
    </message>
    <message>
        <source>Opening your account. If your system asks you to unlock your keychain, do so.</source>
        <translation>آپ کا اکاؤنٹ کھولا جا رہا ہے۔ اگر آپ کا سسٹم کی چین ان لاک کرنے کو کہے تو ان لاک کر دیں۔</translation>
    </message>
    <message>
        <source>Saving PKB&apos;s access in your system keychain. If your system asks you to unlock your keychain, do so.</source>
        <translation>PKB کی رسائی آپ کے سسٹم کی چین میں محفوظ کی جا رہی ہے۔ اگر آپ کا سسٹم کی چین ان لاک کرنے کو کہے تو ان لاک کر دیں۔</translation>
    </message>
    <message>
        <source>PKB has given access, but your system keychain could not keep it yet. Unlock or start your keychain, then press Retry.</source>
        <translation>PKB نے رسائی دے دی ہے، لیکن آپ کا سسٹم کی چین ابھی اسے محفوظ نہیں کر سکا۔ اپنی کی چین ان لاک کریں یا شروع کریں، پھر دوبارہ کوشش کریں دبائیں۔</translation>
    </message>
    <message>
        <source>Versions, privacy and licences</source>
        <translation>ورژن، رازداری اور لائسنس</translation>
    </message>
    <message>
        <source>Links that lead away from PKB&apos;s pages cannot be opened on this computer.</source>
        <translation>PKB کے صفحات سے باہر لے جانے والے لنک اس کمپیوٹر پر نہیں کھولے جا سکتے۔</translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <source>You chose not to give PKB Link access. You can connect later.</source>
        <translation>آپ نے PKB Link کو رسائی نہ دینے کا انتخاب کیا۔ آپ بعد میں منسلک کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>PKB could not complete the request right now. Please try again in a few minutes.</source>
        <translation>PKB اس وقت درخواست مکمل نہیں کر سکا۔ براہ کرم چند منٹ بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>PKB could not give PKB Link access. Please try again, or contact support if it keeps happening.</source>
        <translation>PKB، PKB Link کو رسائی نہیں دے سکا۔ براہ کرم دوبارہ کوشش کریں، یا اگر ایسا بار بار ہو تو سپورٹ سے رابطہ کریں۔</translation>
    </message>
    <message>
        <source>PKB did not accept this app&apos;s client id or secret. Check Settings or ask your administrator.</source>
        <translation>PKB نے اس ایپ کی کلائنٹ آئی ڈی یا سیکرٹ قبول نہیں کیا۔ ترتیبات چیک کریں یا اپنے منتظم سے پوچھیں۔</translation>
    </message>
    <message>
        <source>PKB has ended this app&apos;s access. Please grant access again.</source>
        <translation>PKB نے اس ایپ کی رسائی ختم کر دی ہے۔ براہ کرم دوبارہ رسائی دیں۔</translation>
    </message>
    <message>
        <source>The sign-in code was already used or has expired. Please connect again.</source>
        <translation>سائن ان کوڈ پہلے ہی استعمال ہو چکا ہے یا اس کی میعاد ختم ہو گئی ہے۔ براہ کرم دوبارہ منسلک کریں۔</translation>
    </message>
    <message>
        <source>PKB is having problems right now. Please try again in a few minutes.</source>
        <translation>PKB کو اس وقت مسائل کا سامنا ہے۔ براہ کرم چند منٹ بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>PKB is busy. Please wait a minute and try again.</source>
        <translation>PKB مصروف ہے۔ براہ کرم ایک منٹ انتظار کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>PKB gave an answer PKB Link did not expect. Please try again later.</source>
        <translation>PKB نے ایسا جواب دیا جس کی PKB Link کو توقع نہیں تھی۔ براہ کرم بعد میں دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>PKB refused the request to connect. Please try again, or contact support if it keeps happening.</source>
        <translation>PKB نے منسلک ہونے کی درخواست مسترد کر دی۔ براہ کرم دوبارہ کوشش کریں، یا اگر ایسا بار بار ہو تو سپورٹ سے رابطہ کریں۔</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password could not be protected on this computer.</source>
        <translation>اس کمپیوٹر پر پاس ورڈ کی حفاظت کا عمل مکمل نہیں ہو سکا۔</translation>
    </message>
    <message>
        <source>The password could not be protected on this computer: it is short of memory. Close other programs and try again.</source>
        <translation>اس کمپیوٹر پر پاس ورڈ کی حفاظت کا عمل مکمل نہیں ہو سکا: کمپیوٹر کی میموری کم ہے۔ دوسرے پروگرام بند کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>The password is too short: use at least %1 characters (%n more needed).</source>
        <translation>
            <numerusform>پاس ورڈ بہت چھوٹا ہے: کم از کم %1 حروف استعمال کریں (مزید %n حرف درکار ہے)۔</numerusform>
            <numerusform>پاس ورڈ بہت چھوٹا ہے: کم از کم %1 حروف استعمال کریں (مزید %n حروف درکار ہیں)۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>پاس ورڈ بہت لمبا ہے: زیادہ سے زیادہ %1 حروف استعمال کریں۔</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password in both fields.</source>
        <translation>دونوں پاس ورڈ ایک جیسے نہیں ہیں۔ دونوں خانوں میں ایک ہی پاس ورڈ ٹائپ کریں۔</translation>
    </message>
</context>
<context>
    <name>PkbErrors</name>
    <message>
        <source>PKB sent an answer this app could not read. Try again later; if it keeps happening, contact support.</source>
        <translation>PKB نے ایسا جواب بھیجا جسے یہ ایپ پڑھ نہیں سکی۔ بعد میں دوبارہ کوشش کریں؛ اگر ایسا بار بار ہو تو سپورٹ سے رابطہ کریں۔</translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your connection and try again.</source>
        <translation>PKB سے رابطہ نہیں ہو سکا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>PKB did not allow this app to read that part of your record.</source>
        <translation>PKB نے اس ایپ کو آپ کے ریکارڈ کا وہ حصہ پڑھنے کی اجازت نہیں دی۔</translation>
    </message>
    <message>
        <source>PKB did not accept this app&apos;s access to your record. Sign in again; if that does not help, grant access again.</source>
        <translation>PKB نے آپ کے ریکارڈ تک اس ایپ کی رسائی قبول نہیں کی۔ دوبارہ سائن ان کریں؛ اگر اس سے مدد نہ ملے تو دوبارہ رسائی دیں۔</translation>
    </message>
    <message>
        <source>PKB could not find that part of your record.</source>
        <translation>PKB کو آپ کے ریکارڈ کا وہ حصہ نہیں ملا۔</translation>
    </message>
    <message>
        <source>PKB is busy right now. Wait a moment and try again.</source>
        <translation>PKB اس وقت مصروف ہے۔ تھوڑی دیر انتظار کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>PKB gave an unexpected answer. Try again later; if it keeps happening, contact support.</source>
        <translation>PKB نے غیر متوقع جواب دیا۔ بعد میں دوبارہ کوشش کریں؛ اگر ایسا بار بار ہو تو سپورٹ سے رابطہ کریں۔</translation>
    </message>
    <message>
        <source>A secure connection to PKB could not be made. Check your network (a proxy or firewall may be interfering) and try again.</source>
        <translation>PKB سے محفوظ کنکشن قائم نہیں ہو سکا۔ اپنا نیٹ ورک چیک کریں (ممکن ہے کوئی پراکسی یا فائر وال رکاوٹ بن رہی ہو) اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The PKB address is not allowed: PKB must be reached over HTTPS. Check the PKB address in Settings.</source>
        <translation>اس PKB ایڈریس کی اجازت نہیں ہے: PKB سے رابطہ HTTPS کے ذریعے ہونا ضروری ہے۔ ترتیبات میں PKB ایڈریس چیک کریں۔</translation>
    </message>
    <message>
        <source>PKB is taking too long to answer. It may be busy: try again in a moment.</source>
        <translation>PKB جواب دینے میں بہت دیر لگا رہا ہے۔ شاید وہ مصروف ہے: تھوڑی دیر میں دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>PlainTextSecretFile</name>
    <message>
        <source>PKB Link could not use its token file. Check the disk and try again.</source>
        <translation>PKB Link اپنی ٹوکن فائل استعمال نہیں کر سکا۔ ڈسک چیک کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>SecretJob</name>
    <message>
        <source>The data saved in your system keychain is incomplete or damaged.</source>
        <translation>آپ کے سسٹم کی چین میں محفوظ ڈیٹا نامکمل یا خراب ہے۔</translation>
    </message>
</context>
<context>
    <name>SecretReadJob</name>
    <message>
        <source>Your system keychain is locked. Unlock it, then press Retry.</source>
        <translation>آپ کا سسٹم کی چین لاک ہے۔ اسے ان لاک کریں، پھر دوبارہ کوشش کریں دبائیں۔</translation>
    </message>
</context>
<context>
    <name>SecretWriteJob</name>
    <message>
        <source>The data is too large for the system keychain.</source>
        <translation>یہ ڈیٹا سسٹم کی چین کے لیے بہت بڑا ہے۔</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>How PKB Link reaches Patients Know Best. The values come from PKB&apos;s integrations team; change them only if you were asked to.</source>
        <translation>PKB Link کس طرح Patients Know Best سے رابطہ کرتا ہے۔ یہ قدریں PKB کی انٹیگریشن ٹیم فراہم کرتی ہے؛ انہیں صرف اسی صورت میں تبدیل کریں جب آپ سے ایسا کرنے کو کہا گیا ہو۔</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>ما&amp;حول:</translation>
    </message>
    <message>
        <source>Which PKB system to use</source>
        <translation>کون سا PKB سسٹم استعمال کرنا ہے</translation>
    </message>
    <message>
        <source>PKB sandbox (test system)</source>
        <translation>PKB سینڈ باکس (ٹیسٹ سسٹم)</translation>
    </message>
    <message>
        <source>PKB UK (live)</source>
        <translation>PKB UK (لائیو)</translation>
    </message>
    <message>
        <source>Local test server</source>
        <translation>مقامی ٹیسٹ سرور</translation>
    </message>
    <message>
        <source>Custom addresses</source>
        <translation>اپنی مرضی کے ایڈریس</translation>
    </message>
    <message>
        <source>&amp;Base address:</source>
        <translation>&amp;بنیادی ایڈریس:</translation>
    </message>
    <message>
        <source>The address of the PKB system; empty for the environment&apos;s own</source>
        <translation>PKB سسٹم کا ایڈریس؛ منتخب ماحول کا اپنا ایڈریس استعمال کرنے کے لیے خالی چھوڑیں</translation>
    </message>
    <message>
        <source>A&amp;uthorization address:</source>
        <translation>&amp;اجازت کا ایڈریس:</translation>
    </message>
    <message>
        <source>Where the grant-access pages are; empty to derive it from the base address</source>
        <translation>جہاں رسائی دینے کے صفحات موجود ہیں؛ بنیادی ایڈریس سے اخذ کرنے کے لیے خالی چھوڑیں</translation>
    </message>
    <message>
        <source>&amp;Token address:</source>
        <translation>&amp;ٹوکن ایڈریس:</translation>
    </message>
    <message>
        <source>Where the app exchanges codes for tokens; empty to derive it</source>
        <translation>جہاں ایپ کوڈز کے بدلے ٹوکن حاصل کرتی ہے؛ خودکار طور پر اخذ کرنے کے لیے خالی چھوڑیں</translation>
    </message>
    <message>
        <source>&amp;REST API address:</source>
        <translation>&amp;REST API ایڈریس:</translation>
    </message>
    <message>
        <source>Base of PKB&apos;s REST API; empty to derive it</source>
        <translation>PKB کے REST API کا بنیادی ایڈریس؛ خودکار طور پر اخذ کرنے کے لیے خالی چھوڑیں</translation>
    </message>
    <message>
        <source>&amp;FHIR address:</source>
        <translation>&amp;FHIR ایڈریس:</translation>
    </message>
    <message>
        <source>Base of PKB&apos;s FHIR API; empty to derive it</source>
        <translation>PKB کے FHIR API کا بنیادی ایڈریس؛ خودکار طور پر اخذ کرنے کے لیے خالی چھوڑیں</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>کلائنٹ &amp;آئی ڈی:</translation>
    </message>
    <message>
        <source>The client id PKB gave this app</source>
        <translation>وہ کلائنٹ آئی ڈی جو PKB نے اس ایپ کو دی</translation>
    </message>
    <message>
        <source>Client &amp;authentication:</source>
        <translation>کلائنٹ کی &amp;توثیق:</translation>
    </message>
    <message>
        <source>How the app proves its identity to PKB&apos;s token endpoint</source>
        <translation>ایپ PKB کے ٹوکن اینڈ پوائنٹ کے سامنے اپنی شناخت کیسے ثابت کرتی ہے</translation>
    </message>
    <message>
        <source>None (public client)</source>
        <translation>کوئی نہیں (پبلک کلائنٹ)</translation>
    </message>
    <message>
        <source>Client secret, HTTP Basic</source>
        <translation>کلائنٹ سیکرٹ، HTTP Basic</translation>
    </message>
    <message>
        <source>Client secret, in the form</source>
        <translation>کلائنٹ سیکرٹ، فارم کے اندر</translation>
    </message>
    <message>
        <source>Re&amp;direct address:</source>
        <translation>&amp;ری ڈائریکٹ ایڈریس:</translation>
    </message>
    <message>
        <source>The redirect address registered with PKB</source>
        <translation>PKB کے ساتھ رجسٹرڈ ری ڈائریکٹ ایڈریس</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>The language of PKB&apos;s pages and of this app</source>
        <translation>PKB کے صفحات اور اس ایپ کی زبان</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>سسٹم کی طے شدہ زبان</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>English (UK) (انگریزی)</translation>
    </message>
    <message>
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg (ویلش)</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>ترتیبات محفوظ نہیں ہوئیں</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Save the settings and close</source>
        <translation>ترتیبات محفوظ کریں اور بند کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>محفوظ کیے بغیر بند کریں</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>آپ کے منتظم کی طرف سے مقرر کردہ</translation>
    </message>
    <message>
        <source>Required for this environment</source>
        <translation>اس ماحول کے لیے ضروری</translation>
    </message>
    <message>
        <source>Polski (Polish)</source>
        <translation>Polski (پولش)</translation>
    </message>
    <message>
        <source>اردو (Urdu)</source>
        <translation>اردو</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>منسوخ &amp;کریں</translation>
    </message>
</context>
<context>
    <name>SignInOrigins</name>
    <message>
        <source>The sign-in site &quot;%1&quot; is not allowed. Sign-in sites must be HTTPS addresses without a path.</source>
        <translation>سائن ان سائٹ &quot;%1&quot; کی اجازت نہیں ہے۔ سائن ان سائٹس کو بغیر راستے کے HTTPS پتے ہونا چاہیے۔</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to PKB Link</source>
        <translation>PKB Link میں سائن ان کریں</translation>
    </message>
    <message>
        <source>A&amp;ccounts on this computer:</source>
        <translation>اس &amp;کمپیوٹر پر اکاؤنٹس:</translation>
    </message>
    <message>
        <source>Accounts on this computer</source>
        <translation>اس کمپیوٹر پر اکاؤنٹس</translation>
    </message>
    <message>
        <source>Choose your account to fill in the user name, then type your password</source>
        <translation>صارف نام بھرنے کے لیے اپنا اکاؤنٹ منتخب کریں، پھر اپنا پاس ورڈ ٹائپ کریں</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>صارف نام</translation>
    </message>
    <message>
        <source>Your PKB Link user name on this computer</source>
        <translation>اس کمپیوٹر پر آپ کا PKB Link صارف نام</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;صارف نام:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <source>Your PKB Link password on this computer</source>
        <translation>اس کمپیوٹر پر آپ کا PKB Link پاس ورڈ</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;پاس ورڈ:</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>سائن ان نہیں ہوا</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;واپس</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <source>Go back to the welcome page</source>
        <translation>خوش آمدید والے صفحے پر واپس جائیں</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;سائن ان کریں</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>سائن ان کریں</translation>
    </message>
    <message>
        <source>Sign in with this user name and password</source>
        <translation>اس صارف نام اور پاس ورڈ کے ساتھ سائن ان کریں</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>سائن ان ہو رہا ہے…</translation>
    </message>
</context>
<context>
    <name>SignInThrottle</name>
    <message numerus="yes">
        <source>Too many attempts with a wrong password. Try again in %n second(s).</source>
        <translation>
            <numerusform>غلط پاس ورڈ کے ساتھ بہت زیادہ کوششیں ہو چکی ہیں۔ %n سیکنڈ بعد دوبارہ کوشش کریں۔</numerusform>
            <numerusform>غلط پاس ورڈ کے ساتھ بہت زیادہ کوششیں ہو چکی ہیں۔ %n سیکنڈ بعد دوبارہ کوشش کریں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts with a wrong password. Try again in %n minute(s).</source>
        <translation>
            <numerusform>غلط پاس ورڈ کے ساتھ بہت زیادہ کوششیں ہو چکی ہیں۔ %n منٹ بعد دوبارہ کوشش کریں۔</numerusform>
            <numerusform>غلط پاس ورڈ کے ساتھ بہت زیادہ کوششیں ہو چکی ہیں۔ %n منٹ بعد دوبارہ کوشش کریں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignedOutPage</name>
    <message>
        <source>You have been signed out</source>
        <translation>آپ کو سائن آؤٹ کر دیا گیا ہے</translation>
    </message>
    <message>
        <source>No one used PKB Link for a while, so you were signed out to keep your record private. Nothing of your record is shown any more.</source>
        <translation>کچھ دیر تک کسی نے PKB Link استعمال نہیں کیا، اس لیے آپ کا ریکارڈ نجی رکھنے کے لیے آپ کو سائن آؤٹ کر دیا گیا۔ اب آپ کے ریکارڈ میں سے کچھ بھی نہیں دکھایا جا رہا۔</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>&amp;دوبارہ سائن ان کریں</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>دوبارہ سائن ان کریں</translation>
    </message>
    <message>
        <source>Go to the sign-in page</source>
        <translation>سائن ان کے صفحے پر جائیں</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>The accounts on this computer could not be read or saved. Nothing was changed. Try again; if this keeps happening, ask for help.</source>
        <translation>اس کمپیوٹر پر اکاؤنٹس پڑھے یا محفوظ نہیں کیے جا سکے۔ کچھ بھی تبدیل نہیں ہوا۔ دوبارہ کوشش کریں؛ اگر ایسا بار بار ہو تو مدد طلب کریں۔</translation>
    </message>
    <message>
        <source>The accounts file of PKB Link on this computer is damaged or is not an accounts file, so it cannot be used. Ask for help; do not delete it unless you mean to remove every account.</source>
        <translation>اس کمپیوٹر پر PKB Link کی اکاؤنٹس فائل خراب ہے یا اکاؤنٹس فائل ہی نہیں ہے، اس لیے اسے استعمال نہیں کیا جا سکتا۔ مدد طلب کریں؛ اسے حذف نہ کریں، جب تک کہ آپ تمام اکاؤنٹس ہٹانا نہ چاہتے ہوں۔</translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <source>PKB&apos;s answer could not be checked. Please try again.</source>
        <translation>PKB کے جواب کی جانچ نہیں ہو سکی۔ براہ کرم دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>PKB gave no refresh token for this session. Please grant access again.</source>
        <translation>PKB نے اس سیشن کے لیے کوئی ریفریش ٹوکن نہیں دیا۔ براہ کرم دوبارہ رسائی دیں۔</translation>
    </message>
    <message>
        <source>No PKB client id is set. Enter the client id PKB gave you in Settings, or ask your administrator.</source>
        <translation>PKB کلائنٹ آئی ڈی درج نہیں ہے۔ PKB کی طرف سے دی گئی کلائنٹ آئی ڈی ترتیبات میں درج کریں، یا اپنے منتظم سے پوچھیں۔</translation>
    </message>
    <message>
        <source>The client authentication method needs a client secret, and none was given.</source>
        <translation>کلائنٹ کی توثیق کے اس طریقے کے لیے کلائنٹ سیکرٹ درکار ہے، اور کوئی سیکرٹ نہیں دیا گیا۔</translation>
    </message>
    <message>
        <source>The network timeout must be positive.</source>
        <translation>نیٹ ورک ٹائم آؤٹ مثبت ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your connection and try again.</source>
        <translation>PKB سے رابطہ نہیں ہو سکا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>TokenRequestJob</name>
    <message>
        <source>The request has not finished.</source>
        <translation>درخواست ابھی مکمل نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>Connecting to PKB was cancelled.</source>
        <translation>PKB سے منسلک ہونا منسوخ کر دیا گیا۔</translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your connection and try again.</source>
        <translation>PKB سے رابطہ نہیں ہو سکا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The connection to PKB is not trusted (certificate problem), so nothing was sent. Check the PKB address and your network.</source>
        <translation>PKB سے کنکشن قابلِ اعتماد نہیں ہے (سرٹیفکیٹ کا مسئلہ)، اس لیے کچھ نہیں بھیجا گیا۔ PKB ایڈریس اور اپنا نیٹ ورک چیک کریں۔</translation>
    </message>
    <message>
        <source>PKB could not be reached. Check your connection and try again.</source>
        <translation>PKB سے رابطہ نہیں ہو سکا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>PKB gave an answer PKB Link did not expect. Please try again later.</source>
        <translation>PKB نے ایسا جواب دیا جس کی PKB Link کو توقع نہیں تھی۔ براہ کرم بعد میں دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>PKB is taking too long to answer. It may be busy: try again in a moment.</source>
        <translation>PKB جواب دینے میں بہت دیر لگا رہا ہے۔ شاید وہ مصروف ہے: تھوڑی دیر میں دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>TokenSetCodec</name>
    <message>
        <source>The saved access to your PKB record could not be read. Grant access again.</source>
        <translation>آپ کے PKB ریکارڈ تک محفوظ کردہ رسائی پڑھی نہیں جا سکی۔ دوبارہ رسائی دیں۔</translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <source>You were signed out before PKB Link could finish.</source>
        <translation>PKB Link کا کام مکمل ہونے سے پہلے آپ سائن آؤٹ ہو گئے۔</translation>
    </message>
    <message>
        <source>PKB gave no access to save. Grant access again.</source>
        <translation>PKB نے محفوظ کرنے کے لیے کوئی رسائی نہیں دی۔ دوبارہ رسائی دیں۔</translation>
    </message>
    <message>
        <source>PKB answered in a way PKB Link does not understand. Try again later.</source>
        <translation>PKB نے ایسا جواب دیا جو PKB Link سمجھ نہیں سکتا۔ بعد میں دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>PKB Link cannot keep access for this account: the account has no identifier.</source>
        <translation>PKB Link اس اکاؤنٹ کے لیے رسائی محفوظ نہیں رکھ سکتا: اکاؤنٹ کا کوئی شناخت کنندہ نہیں ہے۔</translation>
    </message>
    <message>
        <source>PKB Link has no access to your PKB record. Grant access first.</source>
        <translation>PKB Link کو آپ کے PKB ریکارڈ تک رسائی حاصل نہیں ہے۔ پہلے رسائی دیں۔</translation>
    </message>
    <message>
        <source>Your PKB session has ended. PKB does not allow this session to be renewed, so please grant access again.</source>
        <translation>آپ کا PKB سیشن ختم ہو گیا ہے۔ PKB اس سیشن کی تجدید کی اجازت نہیں دیتا، اس لیے براہ کرم دوبارہ رسائی دیں۔</translation>
    </message>
</context>
<context>
    <name>UserName</name>
    <message numerus="yes">
        <source>A user name can have at most %n characters.</source>
        <translation>
            <numerusform>صارف نام میں زیادہ سے زیادہ %n حرف ہو سکتا ہے۔</numerusform>
            <numerusform>صارف نام میں زیادہ سے زیادہ %n حروف ہو سکتے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>A user name cannot contain control characters, line breaks or invisible formatting characters.</source>
        <translation>صارف نام میں کنٹرول حروف، لائن بریک یا نظر نہ آنے والے فارمیٹنگ حروف نہیں ہو سکتے۔</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>صارف نام درج کریں۔</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>PKB Link logo</source>
        <translation>PKB Link کا لوگو</translation>
    </message>
    <message>
        <source>Welcome to PKB Link</source>
        <translation>PKB Link میں خوش آمدید</translation>
    </message>
    <message>
        <source>PKB Link shows the details held in your Patients Know Best (PKB) record on this computer: your name, date of birth, NHS number, contact details and address.</source>
        <translation>PKB Link اس کمپیوٹر پر آپ کے Patients Know Best (PKB) ریکارڈ میں موجود تفصیلات دکھاتا ہے: آپ کا نام، تاریخ پیدائش، NHS نمبر، رابطے کی تفصیلات اور پتہ۔</translation>
    </message>
    <message>
        <source>What linking to PKB means</source>
        <translation>PKB سے منسلک کرنے کا کیا مطلب ہے</translation>
    </message>
    <message>
        <source>PKB Link reads your details from PKB only with your permission.</source>
        <translation>PKB Link آپ کی تفصیلات PKB سے صرف آپ کی اجازت سے پڑھتا ہے۔</translation>
    </message>
    <message>
        <source>You give that permission once, on PKB&apos;s own page, where you sign in to PKB. PKB Link never sees your PKB password.</source>
        <translation>آپ یہ اجازت ایک بار، PKB کے اپنے صفحے پر دیتے ہیں، جہاں آپ PKB میں سائن ان کرتے ہیں۔ PKB Link آپ کا PKB پاس ورڈ کبھی نہیں دیکھتا۔</translation>
    </message>
    <message>
        <source>The keys PKB gives this app are kept in this computer&apos;s keychain, never in a file.</source>
        <translation>PKB کی طرف سے اس ایپ کو دی گئی کلیدیں اس کمپیوٹر کے کی چین میں رکھی جاتی ہیں، کبھی کسی فائل میں نہیں۔</translation>
    </message>
    <message>
        <source>You can unlink at any time: PKB Link then forgets the keys.</source>
        <translation>آپ کسی بھی وقت ربط ختم کر سکتے ہیں: اس کے بعد PKB Link کلیدیں مٹا دیتا ہے۔</translation>
    </message>
    <message>
        <source>To start, create an account for PKB Link on this computer. If you already have one, sign in.</source>
        <translation>شروع کرنے کے لیے، اس کمپیوٹر پر PKB Link کا ایک اکاؤنٹ بنائیں۔ اگر آپ کا اکاؤنٹ پہلے سے موجود ہے تو سائن ان کریں۔</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>اکاؤنٹ &amp;بنائیں</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>اکاؤنٹ بنائیں</translation>
    </message>
    <message>
        <source>Create a PKB Link account on this computer</source>
        <translation>اس کمپیوٹر پر PKB Link اکاؤنٹ بنائیں</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;سائن ان کریں</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>سائن ان کریں</translation>
    </message>
    <message>
        <source>Sign in to your PKB Link account on this computer</source>
        <translation>اس کمپیوٹر پر اپنے PKB Link اکاؤنٹ میں سائن ان کریں</translation>
    </message>
</context>
</TS>
