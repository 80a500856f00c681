#!/usr/bin/python3
"""The patient journey through AT-SPI, the way a screen reader sees PKB Link.

Finds the running app on the accessibility bus by its name, then walks the journey by role and
accessible name only: create account, connect, PKB's grant page (filled through Qt WebEngine's
DevTools: the page's content is not in the AT-SPI tree on every Qt version), the details, sign
out, a failed sign-in whose reason must be readable, sign in, the error banner. After every step
it walks the whole showing tree and checks that every interactive widget has a role and a name
(and buttons and fields a description), and that every alert is readable.

Usage: atspi_journey.py PID SANDBOX_URL DEVTOOLS_PORT ROUNDS
Prints one line "walks N nodes M seconds S" at the end; exits non-zero on the first failure.
"""
import base64
import json
import os
import socket
import sys
import time
import urllib.request
import warnings

import gi
gi.require_version('Atspi', '2.0')
from gi.repository import Atspi, GLib  # noqa: E402
import pyatspi  # noqa: E402,F401  (the Debian package this suite installs)

warnings.simplefilter('ignore', DeprecationWarning)

INTERACTIVE = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.CHECK_BOX,
    Atspi.Role.RADIO_BUTTON, Atspi.Role.COMBO_BOX, Atspi.Role.ENTRY,
    Atspi.Role.PASSWORD_TEXT, Atspi.Role.TEXT, Atspi.Role.LIST, Atspi.Role.SPIN_BUTTON,
    Atspi.Role.SLIDER, Atspi.Role.LINK,
}
NEEDS_DESCRIPTION = {Atspi.Role.PUSH_BUTTON, Atspi.Role.ENTRY, Atspi.Role.PASSWORD_TEXT,
                     Atspi.Role.TEXT}
ALERTS = {Atspi.Role.ALERT, Atspi.Role.NOTIFICATION}

walks = 0
nodes = 0
events = 0


class JourneyError(Exception):
    pass


def fail(message):
    raise JourneyError(message)


# --- AT-SPI -------------------------------------------------------------------------------------

def on_event(event):
    """What a screen reader does with an event: asks about the object it is about."""
    global events
    events += 1
    for node in (event.source, event.any_data if isinstance(event.any_data, Atspi.Accessible)
                 else None):
        if node is None:
            continue
        try:
            node.get_role()
            node.get_name()
            parent = node.get_parent()
            if parent is not None:
                parent.get_role()
        except GLib.Error:
            pass


LISTENER = Atspi.EventListener.new(on_event)


def listen():
    """Events the app then sends (Qt sends only those a client listens to)."""
    for kind in ('object:children-changed', 'object:state-changed', 'object:property-change',
                 'object:text-changed', 'object:announcement', 'focus:', 'window:'):
        LISTENER.register(kind)


def pump_events():
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


def find_app(pid, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    # Ask the app itself every time: no answers from libatspi's cache.
                    app.set_cache_mask(Atspi.Cache.NONE)
                    return app
            except gi.repository.GLib.Error:
                continue
        time.sleep(0.2)
    fail('the app did not appear on the accessibility bus')


def showing(node):
    return node.get_state_set().contains(Atspi.StateType.SHOWING)


def whole_text(text):
    # Called through Atspi.Text: newer libatspi also has an Accessible.get_text() that shadows it.
    return Atspi.Text.get_text(text, 0, Atspi.Text.get_character_count(text))


def text_of(node):
    try:
        text = node.get_text_iface()
        if text is None:
            return ''
        return whole_text(text)
    except gi.repository.GLib.Error:
        return ''


def walk(app, hidden_too=False):
    """The whole showing tree (with hidden_too, all of it): checks every showing node, returns
    (role, name, description, node, showing) for each."""
    global walks, nodes
    walks += 1
    pump_events()
    # Every walk asks the app itself, never libatspi's cache.
    app.clear_cache()
    found = []
    problems = []

    def visit(node, depth, in_page=False):
        global nodes
        if depth > 60:
            return
        nodes += 1
        role = node.get_role()
        name = node.get_name() or ''
        description = node.get_description() or ''
        is_showing = showing(node)
        if is_showing and role in INTERACTIVE:
            # What a screen reader asks besides: where the widget is.
            node.get_index_in_parent()
            if role == Atspi.Role.UNKNOWN or role == Atspi.Role.INVALID:
                problems.append('a widget has no role: %r' % name)
            if not name.strip():
                problems.append('a %s has no name' % node.get_role_name())
            # PKB's own web page (exposed by Qt WebEngine 6.8, not 6.4) is PKB's to describe.
            if role in NEEDS_DESCRIPTION and not description.strip() and not in_page:
                problems.append('%s "%s" has no description' % (node.get_role_name(), name))
        if is_showing and role in ALERTS:
            text = text_of(node)
            for _ in range(3):
                if description.strip() and text.strip():
                    break
                # A busy app may not answer one question in time: ask again.
                time.sleep(0.2)
                node.clear_cache()
                description = node.get_description() or ''
                text = text_of(node)
            # The app may hide the alert meanwhile (a new sign-in clears the old reason): a
            # hidden alert is not heard, so only one still showing must be readable.
            if (not description.strip() or not text.strip()) and showing(node):
                problems.append('alert "%s" is not readable (description %r, text %r)'
                                % (name, description, text))
        found.append((role, name, description, node, is_showing))
        # What is not showing (other pages, closed menus) is not what a patient hears.
        if depth > 0 and not is_showing and not hidden_too:
            return
        for i in range(node.get_child_count()):
            child = node.get_child_at_index(i)
            if child is not None:
                visit(child, depth + 1, in_page or role == Atspi.Role.DOCUMENT_WEB)

    visit(app, 0)
    if problems:
        fail('; '.join(sorted(set(problems))))
    return found


def wait_for(app, role, name, timeout=30, want_showing=True):
    roles = role if isinstance(role, tuple) else (role,)
    end = time.time() + timeout
    while True:
        found = walk(app, hidden_too=not want_showing)
        for r, n, _d, node, is_showing in found:
            if r in roles and n == name and (is_showing or not want_showing):
                return node
        if time.time() > end:
            seen = ', '.join('%s "%s"' % (Atspi.role_get_name(r), n)
                             for r, n, _d, _node, s in found if s and n)
            fail('no %s named "%s" appeared; showing: %s'
                 % ('/'.join(Atspi.role_get_name(r) for r in roles), name, seen))
        time.sleep(0.1)


def press(app, name, role=Atspi.Role.PUSH_BUTTON):
    node = wait_for(app, role, name, want_showing=(role != Atspi.Role.MENU_ITEM))
    action = node.get_action_iface()
    if action is None or action.get_n_actions() < 1:
        fail('"%s" cannot be pressed' % name)
    action.do_action(0)
    walk(app)


FIELD = (Atspi.Role.ENTRY, Atspi.Role.TEXT)


def type_into(app, role, name, value):
    node = wait_for(app, role, name)
    editable = node.get_editable_text_iface()
    if editable is None:
        fail('"%s" cannot be typed into' % name)
    editable.set_text_contents(value)
    if text_of(node) != value and role != Atspi.Role.PASSWORD_TEXT:
        fail('"%s" did not take the text' % name)


def alert_named(app, name, timeout=30):
    node = None
    end = time.time() + timeout
    while node is None:
        for r, n, d, candidate, is_showing in walk(app):
            if r in ALERTS and n == name and is_showing and d.strip():
                node = candidate
        if node is None and time.time() > end:
            fail('no readable alert named "%s" appeared' % name)
        if node is None:
            time.sleep(0.1)
    return node.get_description(), text_of(node)


# --- PKB's pages, through DevTools --------------------------------------------------------------

class DevTools:
    def __init__(self, port):
        self.port = port
        self.sock = None
        self.next_id = 1

    def connect(self, sandbox_url, timeout=30):
        end = time.time() + timeout
        while time.time() < end:
            try:
                with urllib.request.urlopen('http://127.0.0.1:%d/json/list' % self.port,
                                            timeout=5) as reply:
                    targets = json.load(reply)
            except OSError:
                targets = []
            for target in targets:
                if target.get('type') == 'page' and target.get('url', '').startswith(sandbox_url):
                    self._open(target['webSocketDebuggerUrl'])
                    return
            time.sleep(0.2)
        fail("PKB's page did not appear in DevTools")

    def _open(self, url):
        rest = url.split('://', 1)[1]
        hostport, path = rest.split('/', 1)
        host, port = hostport.split(':')
        self.close()
        self.sock = socket.create_connection((host, int(port)), timeout=20)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(('GET /%s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\n'
                           'Connection: Upgrade\r\nSec-WebSocket-Key: %s\r\n'
                           'Sec-WebSocket-Version: 13\r\n\r\n' % (path, hostport, key)).encode())
        header = b''
        while b'\r\n\r\n' not in header:
            chunk = self.sock.recv(1)
            if not chunk:
                fail('DevTools closed the connection')
            header += chunk
        if b' 101 ' not in header.split(b'\r\n', 1)[0]:
            fail('DevTools refused the connection')

    def close(self):
        if self.sock:
            self.sock.close()
            self.sock = None

    def _send(self, text):
        data = text.encode()
        mask = os.urandom(4)
        head = bytearray([0x81])
        if len(data) < 126:
            head.append(0x80 | len(data))
        elif len(data) < 65536:
            head.append(0x80 | 126)
            head += len(data).to_bytes(2, 'big')
        else:
            head.append(0x80 | 127)
            head += len(data).to_bytes(8, 'big')
        self.sock.sendall(bytes(head) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def _recv_exact(self, n):
        data = b''
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                fail('DevTools closed the connection')
            data += chunk
        return data

    def _receive(self):
        first, second = self._recv_exact(2)
        length = second & 0x7F
        if length == 126:
            length = int.from_bytes(self._recv_exact(2), 'big')
        elif length == 127:
            length = int.from_bytes(self._recv_exact(8), 'big')
        payload = self._recv_exact(length)
        return first & 0x0F, payload

    def evaluate(self, expression):
        message_id = self.next_id
        self.next_id += 1
        self._send(json.dumps({'id': message_id, 'method': 'Runtime.evaluate',
                               'params': {'expression': expression, 'returnByValue': True}}))
        while True:
            opcode, payload = self._receive()
            if opcode != 1:
                continue
            answer = json.loads(payload)
            if answer.get('id') == message_id:
                return answer.get('result', {}).get('result', {}).get('value')

    def run_when(self, element_id, script, timeout=30):
        end = time.time() + timeout
        check = "!!document.getElementById(%s)" % json.dumps(element_id)
        while time.time() < end:
            try:
                if self.evaluate(check):
                    self.evaluate(script)
                    return
            except (OSError, JourneyError):
                pass
            time.sleep(0.1)
        fail('"%s" did not appear on PKB\'s page' % element_id)


def web_document(app, timeout=30):
    """The grant page's web document node (Qt WebEngine's accessibility root of the page)."""
    end = time.time() + timeout
    while time.time() < end:
        for r, _n, _d, node, _s in walk(app, hidden_too=True):
            if r == Atspi.Role.DOCUMENT_WEB:
                return node
        time.sleep(0.1)
    fail("the grant page's web document did not appear")


def ask_stale(node):
    """What a screen reader asks of a node it still holds; the node may be gone."""
    try:
        node.clear_cache()
        node.get_role()
        node.get_name()
        node.get_index_in_parent()
        parent = node.get_parent()
        if parent is not None:
            parent.get_role()
        node.get_state_set()
    except gi.repository.GLib.Error:
        pass


def grant(devtools, sandbox_url, username, password):
    devtools.connect(sandbox_url)
    devtools.run_when('login-form',
                      "document.getElementById('username').value=%s;"
                      "document.getElementById('password').value=%s;"
                      "document.getElementById('login').click();"
                      % (json.dumps(username), json.dumps(password)))
    devtools.run_when('allow', "document.getElementById('allow').click();")
    devtools.close()


def admin(sandbox_url, method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(sandbox_url + path, data=data, method=method,
                                     headers={'Content-Type': 'application/json'})
    with urllib.request.urlopen(request, timeout=10) as reply:
        reply.read()


# --- The journey --------------------------------------------------------------------------------

R = Atspi.Role


def journey(app, devtools, sandbox_url, round_number):
    user = 'reader%d' % round_number
    password = 'Screen-Reader-%d' % round_number
    press(app, 'Create account')
    type_into(app, FIELD, 'User name', user)
    type_into(app, FIELD, 'Display name', 'Reader %d' % round_number)
    type_into(app, R.PASSWORD_TEXT, 'Password', password)
    type_into(app, R.PASSWORD_TEXT, 'Confirm password', password)
    press(app, 'Create account')
    press(app, 'Connect your Patients Know Best record')
    page = web_document(app)
    grant(devtools, sandbox_url, 'alice.patient', 'Sandbox-Alice-1')
    # A screen reader still holds the old page's node while the app tears the page down.
    until = time.time() + 60
    while not any(r == R.PUSH_BUTTON and n == 'Refresh' and s
                  for r, n, _d, _node, s in walk(app)):
        ask_stale(page)
        if time.time() > until:
            fail('the details did not appear')
    for _ in range(5):
        ask_stale(page)

    # The error banner: PKB fails, the banner says so readably, Dismiss hides it.
    admin(sandbox_url, 'POST', '/__admin/faults',
          {'endpoint': 'users-self', 'kind': 'status', 'value': 500, 'times': -1})
    press(app, 'Refresh')
    description, text = alert_named(app, 'Problem')
    if description != text:
        fail('the banner says %r but reads %r' % (text, description))
    admin(sandbox_url, 'DELETE', '/__admin/faults')
    press(app, 'Dismiss')

    press(app, 'Sign out', role=R.MENU_ITEM)
    # A failed sign-in: its reason must reach the screen reader.
    press(app, 'Sign in')
    type_into(app, FIELD, 'User name', user)
    type_into(app, R.PASSWORD_TEXT, 'Password', 'not-the-password')
    press(app, 'Sign in')
    description, text = alert_named(app, 'Not signed in')
    if 'not right' not in description or description != text:
        fail('the failed sign-in reads %r / %r' % (description, text))
    type_into(app, R.PASSWORD_TEXT, 'Password', password)
    press(app, 'Sign in')
    wait_for(app, R.PUSH_BUTTON, 'Refresh', timeout=60)
    press(app, 'Sign out', role=R.MENU_ITEM)
    wait_for(app, R.PUSH_BUTTON, 'Create account')


def hammer(pid):
    """A second client that walks the whole tree (hidden parts too) without pause."""
    app = find_app(pid)
    count = 0
    while True:
        try:
            app.clear_cache()
            stack = [app]
            while stack:
                node = stack.pop()
                node.get_role()
                node.get_name()
                node.get_description()
                node.get_state_set()
                text = node.get_text_iface()
                if text is not None:
                    whole_text(text)
                for i in range(node.get_child_count()):
                    child = node.get_child_at_index(i)
                    if child is not None:
                        stack.append(child)
            count += 1
        except Exception:
            try:
                os.kill(pid, 0)
            except OSError:
                print('hammer: the app is gone after %d walks' % count, flush=True)
                return
            time.sleep(0.05)


def main():
    if sys.argv[1] == '--hammer':
        hammer(int(sys.argv[2]))
        return 0
    pid, sandbox_url, devtools_port, rounds = (int(sys.argv[1]), sys.argv[2].rstrip('/'),
                                               int(sys.argv[3]), int(sys.argv[4]))
    started = time.time()
    # A loaded machine: the app may take seconds to answer while Qt WebEngine starts.
    Atspi.set_timeout(10000, 30000)
    round_number = 0
    try:
        app = find_app(pid)
        if app.get_name() != 'PKB Link':
            fail('the app is registered as %r, not "PKB Link"' % app.get_name())
        devtools = DevTools(devtools_port)
        listen()
        if os.environ.get('PKBLINK_A11Y_HAMMER'):
            import subprocess
            subprocess.Popen([sys.executable, os.path.abspath(__file__), '--hammer', str(pid)])
        for round_number in range(rounds):
            journey(app, devtools, sandbox_url, round_number)
            print('round %d done, %d walks' % (round_number + 1, walks), flush=True)
    except JourneyError as error:
        print('FAIL: %s (round %d, after %d walks)' % (error, round_number + 1, walks), flush=True)
        return 1
    print('walks %d nodes %d events %d seconds %.1f' % (walks, nodes, events, time.time() - started),
          flush=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
