//! Just enough of the Chrome DevTools Protocol to drive headless Chromium
//! from a test: the browser is started with `--remote-debugging-pipe`, so
//! commands and replies are JSON texts separated by NUL bytes on its file
//! descriptors 3 (in) and 4 (out), which a shell maps onto the child's
//! standard input and output. No port, no WebSocket, no driver process.

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// Where Debian's `chromium` package puts the browser; `WHOSAID_CHROMIUM`
/// overrides it.
const DEFAULT_CHROMIUM: &str = "/usr/bin/chromium";

/// Flags known to work here: no sandbox (root), no GPU, and nothing that
/// reaches for the network on its own.
const FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--font-render-hinting=none",
    "--remote-debugging-pipe",
];

/// No reply within this long means the browser is stuck: fail, don't hang.
const PATIENCE: Duration = Duration::from_secs(90);

pub struct Browser {
    child: Child,
    input: ChildStdin,
    replies: Receiver<Value>,
    /// Events received while waiting for something else.
    events: Vec<Value>,
    next_id: u64,
    profile: PathBuf,
    log: PathBuf,
}

/// One tab, attached with its own session.
pub struct Page {
    session: String,
}

impl Browser {
    /// Start headless Chromium with a fresh profile under `scratch`. Panics,
    /// saying how to install it, when there is no browser.
    pub fn launch(scratch: &Path) -> Browser {
        let chromium = std::env::var_os("WHOSAID_CHROMIUM")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(DEFAULT_CHROMIUM));
        assert!(
            chromium.exists(),
            "this test renders the report in headless Chromium, and there is none at {}: \
             install it with `apt-get install -y chromium` (what .ci/run does), \
             or point WHOSAID_CHROMIUM at a Chromium or Chrome binary",
            chromium.display()
        );
        // Tests run in parallel: each browser gets its own profile and log.
        static STARTED: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "{}-{}",
            std::process::id(),
            STARTED.fetch_add(1, Ordering::Relaxed)
        );
        let profile = scratch.join(format!("chromium-profile-{name}"));
        let _ = std::fs::remove_dir_all(&profile);
        std::fs::create_dir_all(&profile).expect("a profile directory");
        let log = scratch.join(format!("chromium-{name}.log"));
        let mut child = Command::new("sh")
            .arg("-c")
            // fd 3 ← our pipe in, fd 4 → our pipe out; Chromium's own
            // output goes to the log.
            .arg(r#"exec "$0" "$@" 3<&0 4>&1 </dev/null >&2"#)
            .arg(&chromium)
            .args(FLAGS)
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(File::create(&log).expect("a log file"))
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", chromium.display()));
        let input = child.stdin.take().expect("piped");
        let output = child.stdout.take().expect("piped");
        let (tx, replies) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(output);
            let mut buf = Vec::new();
            loop {
                buf.clear();
                match reader.read_until(0, &mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {
                        if buf.last() == Some(&0) {
                            buf.pop();
                        }
                        let Ok(v) = serde_json::from_slice::<Value>(&buf) else {
                            continue;
                        };
                        if tx.send(v).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        Browser {
            child,
            input,
            replies,
            events: Vec::new(),
            next_id: 1,
            profile,
            log,
        }
    }

    fn log_tail(&self) -> String {
        let log = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(20)..].join("\n")
    }

    fn receive(&mut self, what: &str) -> Value {
        match self.replies.recv_timeout(PATIENCE) {
            Ok(v) => v,
            Err(RecvTimeoutError::Timeout) => panic!(
                "Chromium gave no {what} in {PATIENCE:?}; its log ends:\n{}",
                self.log_tail()
            ),
            Err(RecvTimeoutError::Disconnected) => panic!(
                "Chromium closed the DevTools pipe while we waited for {what}; its log ends:\n{}",
                self.log_tail()
            ),
        }
    }

    /// Send a command (to a page's session, or to the browser) and return
    /// its result; a protocol error fails the test.
    pub fn call(&mut self, page: Option<&Page>, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        let mut message = json!({"id": id, "method": method, "params": params});
        if let Some(p) = page {
            message["sessionId"] = json!(p.session);
        }
        let mut bytes = serde_json::to_vec(&message).expect("JSON");
        bytes.push(0);
        self.input
            .write_all(&bytes)
            .and_then(|()| self.input.flush())
            .unwrap_or_else(|e| panic!("cannot send {method} to Chromium: {e}"));
        loop {
            let v = self.receive(method);
            if v["id"] == json!(id) {
                if let Some(e) = v.get("error") {
                    panic!("Chromium refused {method}: {e}");
                }
                return v["result"].clone();
            }
            if v.get("method").is_some() {
                self.events.push(v);
            }
        }
    }

    /// Wait for an event of a page.
    pub fn wait_event(&mut self, page: &Page, method: &str) -> Value {
        let matches =
            |v: &Value| v["method"] == json!(method) && v["sessionId"] == json!(page.session);
        if let Some(i) = self.events.iter().position(matches) {
            return self.events.remove(i);
        }
        loop {
            let v = self.receive(method);
            if matches(&v) {
                return v;
            }
            if v.get("method").is_some() {
                self.events.push(v);
            }
        }
    }

    /// A new tab of `width`×`height` CSS pixels.
    pub fn new_page(&mut self, width: u32, height: u32) -> Page {
        let target = self.call(None, "Target.createTarget", json!({"url": "about:blank"}));
        let attached = self.call(
            None,
            "Target.attachToTarget",
            json!({"targetId": target["targetId"], "flatten": true}),
        );
        let page = Page {
            session: attached["sessionId"]
                .as_str()
                .expect("a session id")
                .to_string(),
        };
        self.call(Some(&page), "Page.enable", json!({}));
        self.resize(&page, width, height);
        page
    }

    pub fn resize(&mut self, page: &Page, width: u32, height: u32) {
        self.call(
            Some(page),
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false}),
        );
    }

    /// Open a file and wait until it has loaded.
    pub fn open(&mut self, page: &Page, path: &Path) {
        let path = path.canonicalize().expect("the page exists");
        let url = format!("file://{}", path.display());
        let nav = self.call(Some(page), "Page.navigate", json!({"url": url}));
        if let Some(e) = nav.get("errorText") {
            panic!("Chromium cannot open {url}: {e}");
        }
        self.wait_event(page, "Page.loadEventFired");
    }

    /// Evaluate a JavaScript expression in the page; its value, which must
    /// be JSON.
    pub fn eval(&mut self, page: &Page, expression: &str) -> Value {
        let r = self.call(
            Some(page),
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true, "awaitPromise": true}),
        );
        if let Some(e) = r.get("exceptionDetails") {
            panic!("the page's script failed: {e}");
        }
        r["result"]["value"].clone()
    }

    /// A PNG of the whole page, `width` CSS pixels wide.
    pub fn screenshot(&mut self, page: &Page, width: u32) -> Vec<u8> {
        use base64::Engine;
        let metrics = self.call(Some(page), "Page.getLayoutMetrics", json!({}));
        let height = metrics["cssContentSize"]["height"]
            .as_f64()
            .expect("a content height")
            .ceil() as u32;
        self.resize(page, width, height.max(1));
        let shot = self.call(
            Some(page),
            "Page.captureScreenshot",
            json!({"format": "png", "captureBeyondViewport": false}),
        );
        base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().expect("image data"))
            .expect("base64 image data")
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Ask politely, then make sure: this test started the process, and
        // ends it by its id.
        let id = self.next_id;
        let close = format!(r#"{{"id":{id},"method":"Browser.close","params":{{}}}}"#);
        let _ = self.input.write_all(close.as_bytes());
        let _ = self.input.write_all(&[0]);
        let _ = self.input.flush();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}
