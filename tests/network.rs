//! The proof that the app opens no network connection. With `TRINVIS_E2E_TRACE_NETWORK=1` every
//! app an end-to-end test starts runs under strace (`tools/launch-app.sh`), which records each
//! socket call of the app and of the WebKit processes it starts; when the app stops, the record is
//! read here and the test fails if any call reached for the network.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Set to `1` to trace every app the end-to-end tests start.
pub const TRACE_VAR: &str = "TRINVIS_E2E_TRACE_NETWORK";

/// The file that receives the app's standard output and error when a test sets it.
pub const OUTPUT_VAR: &str = "TRINVIS_E2E_OUTPUT";

/// The file the wrapper writes the trace to.
const TRACE_FILE_VAR: &str = "TRINVIS_E2E_TRACE";

/// How the wrapper starts the trace: the automation link's address follows on the same line.
const LINK_LINE: &str = "automation link: ";

/// The syscalls traced: every way to create a socket, name an address, or send to one.
pub const TRACED: &str = "socket,connect,bind,sendto,sendmsg,sendmmsg";

/// Local sockets the app and WebKit may reach, and why. `*` stands for one path segment. Anything
/// else fails the check too, as a local socket can be a way out: systemd-resolved's
/// (`/run/systemd/resolve/`) looks names up on the network, so it is not here.
const LOCAL_SOCKETS: &[(&str, &str)] = &[
    ("/tmp/.X11-unix/*", "the X server that draws the window"),
    ("@/tmp/.X11-unix/*", "the X server that draws the window"),
    ("/run/dbus/system_bus_socket", "the D-Bus system bus"),
    ("/var/run/dbus/system_bus_socket", "the D-Bus system bus"),
    ("/run/user/*/bus", "the D-Bus session bus"),
    ("@/tmp/dbus-*", "the D-Bus session bus"),
    ("/run/user/*/at-spi/*", "the accessibility bus"),
    ("/run/user/*/at-spi2-*/*", "the accessibility bus"),
    (
        "/var/run/nscd/socket",
        "glibc's name service cache, asked for user and group names",
    ),
    (
        "/run/nscd/socket",
        "glibc's name service cache, asked for user and group names",
    ),
    (
        "/run/systemd/userdb/*",
        "systemd's user database, asked for user names",
    ),
    ("/run/systemd/journal/*", "the system log"),
    ("/dev/log", "the system log"),
];

/// Socket families that reach no network: local sockets and the kernel's own.
const LOCAL_FAMILIES: &[&str] = &["AF_UNIX", "AF_LOCAL", "AF_NETLINK"];

/// Whether the end-to-end tests trace every app they start.
pub fn tracing() -> bool {
    std::env::var_os(TRACE_VAR).is_some_and(|v| v == "1")
}

/// The wrapper that starts the app with its output kept or its socket calls traced.
pub fn wrapper() -> PathBuf {
    crate::root()
        .join("tests")
        .join("tools")
        .join("launch-app.sh")
}

/// Where the traces and their summary are kept, for people to read after a run.
pub fn trace_dir() -> PathBuf {
    crate::screenshot_dir().join("network")
}

/// One app's trace file, read when the app has stopped.
pub struct Trace {
    path: PathBuf,
    name: String,
}

impl Trace {
    /// A new trace file for an app started for the test whose data folder is `data`.
    pub fn new(data: &Path) -> Trace {
        static LAUNCHES: AtomicUsize = AtomicUsize::new(0);
        let folder = data
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let prefix = format!("trinvis-e2e-{}-", std::process::id());
        let test = folder.strip_prefix(&prefix).unwrap_or(&folder);
        let name = format!("{test}-{}", LAUNCHES.fetch_add(1, Ordering::Relaxed) + 1);
        let dir = trace_dir();
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        Trace {
            path: dir.join(format!("{name}.strace")),
            name,
        }
    }

    /// The variable that tells the wrapper where to write this trace.
    pub fn env(&self) -> (&'static str, &Path) {
        (TRACE_FILE_VAR, &self.path)
    }

    /// Reads the trace of a stopped app, adds a line to the run's summary, and returns every
    /// network attempt found; a trace that cannot be read is one too, as nothing was shown.
    pub fn attempts(&self) -> Vec<String> {
        let report = match std::fs::read_to_string(&self.path) {
            Ok(text) => Report::of(&text),
            Err(e) => {
                return vec![format!(
                    "the trace {} could not be read: {e}",
                    self.path.display()
                )]
            }
        };
        let summary = trace_dir().join("summary.txt");
        let line = format!("{}: {}\n", self.name, report.summary());
        let appended = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&summary)
            .and_then(|mut file| std::io::Write::write_all(&mut file, line.as_bytes()));
        if let Err(e) = appended {
            eprintln!("{}: {e}", summary.display());
        }
        report
            .attempts
            .into_iter()
            .map(|a| format!("{a} (in {})", self.path.display()))
            .collect()
    }
}

/// What one trace shows.
#[derive(Debug, Default)]
pub struct Report {
    /// Each call that reached for the network, as strace printed it.
    pub attempts: Vec<String>,
    /// Calls that named the automation link, which WebDriver itself uses.
    pub automation: usize,
    /// Local sockets reached, each with why it is allowed and how often.
    pub local: BTreeMap<String, usize>,
    /// Socket calls read.
    pub calls: usize,
}

impl Report {
    /// Reads a trace written by the wrapper: the automation link's line, then strace's output.
    pub fn of(trace: &str) -> Report {
        let mut lines = trace.lines();
        let link = lines
            .next()
            .and_then(|l| l.strip_prefix(LINK_LINE))
            .and_then(|a| a.rsplit_once(':'))
            .map(|(host, port)| (host.to_owned(), port.to_owned()));
        let mut report = Report::default();
        for line in lines {
            let Some((call, args)) = call_of(line) else {
                continue;
            };
            report.calls += 1;
            if call == "socket" {
                let family = args.split([',', ')']).next().unwrap_or("").trim();
                let known =
                    LOCAL_FAMILIES.contains(&family) || family == "AF_INET" || family == "AF_INET6";
                if !known {
                    report.attempts.push(line.trim().to_owned());
                }
                continue;
            }
            for address in addresses(args) {
                match address {
                    Address::Local(path) => match allowed_local(&path) {
                        Some(why) => *report.local.entry(why.to_owned()).or_default() += 1,
                        None => report.attempts.push(line.trim().to_owned()),
                    },
                    Address::Kernel => {}
                    Address::Inet(host, port) => {
                        if link.as_ref() == Some(&(host, port)) {
                            report.automation += 1;
                        } else {
                            report.attempts.push(line.trim().to_owned());
                        }
                    }
                    Address::Other => report.attempts.push(line.trim().to_owned()),
                }
            }
        }
        report
    }

    /// One line for the run's summary.
    pub fn summary(&self) -> String {
        let mut line = if self.attempts.is_empty() {
            format!("{} socket calls, no network attempt", self.calls)
        } else {
            format!(
                "{} socket calls, {} NETWORK ATTEMPTS",
                self.calls,
                self.attempts.len()
            )
        };
        let _ = write!(line, "; automation link {}×", self.automation);
        for (why, count) in &self.local {
            let _ = write!(line, "; {why} {count}×");
        }
        line
    }
}

/// The syscall and its arguments, for a line that starts one of the traced calls.
fn call_of(line: &str) -> Option<(&str, &str)> {
    let rest = line.trim_start_matches(|c: char| c.is_ascii_digit()).trim();
    let (call, args) = rest.split_once('(')?;
    TRACED.split(',').any(|c| c == call).then_some((call, args))
}

/// A socket address named in a call.
#[derive(Debug, PartialEq, Eq)]
enum Address {
    /// A local socket's path; abstract ones start with `@`.
    Local(String),
    /// The kernel, over netlink.
    Kernel,
    /// An internet address and port.
    Inet(String, String),
    /// Any other family, such as a raw packet socket.
    Other,
}

/// Every address strace printed in a call's arguments.
fn addresses(args: &str) -> Vec<Address> {
    let mut found = Vec::new();
    for part in args.split("sa_family=").skip(1) {
        let family = part.split([',', '}']).next().unwrap_or("");
        found.push(match family {
            "AF_UNIX" | "AF_LOCAL" => Address::Local(local_path(part)),
            "AF_NETLINK" => Address::Kernel,
            "AF_INET" => Address::Inet(
                quoted_after(part, "inet_addr(\""),
                between(part, "sin_port=htons(", ")"),
            ),
            "AF_INET6" => Address::Inet(
                quoted_after(part, "inet_pton(AF_INET6, \""),
                between(part, "sin6_port=htons(", ")"),
            ),
            _ => Address::Other,
        });
    }
    found
}

fn local_path(part: &str) -> String {
    match part.split_once("sun_path=") {
        Some((_, rest)) => {
            let (at, rest) = match rest.strip_prefix('@') {
                Some(rest) => ("@", rest),
                None => ("", rest),
            };
            format!("{at}{}", quoted_after(rest, "\""))
        }
        // An unnamed socket, such as one end of a socket pair.
        None => String::new(),
    }
}

fn quoted_after(text: &str, start: &str) -> String {
    text.split_once(start)
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(value, _)| value.to_owned())
        .unwrap_or_default()
}

fn between(text: &str, start: &str, end: &str) -> String {
    text.split_once(start)
        .and_then(|(_, rest)| rest.split_once(end))
        .map(|(value, _)| value.to_owned())
        .unwrap_or_default()
}

/// Why a local socket may be reached, or `None` when it may not.
fn allowed_local(path: &str) -> Option<&'static str> {
    if path.is_empty() {
        return Some("unnamed local sockets");
    }
    LOCAL_SOCKETS
        .iter()
        .find(|(pattern, _)| matches(pattern, path))
        .map(|(_, why)| *why)
}

/// Whether `path` matches `pattern` segment by segment, where a `*` in a segment stands for
/// any text within that segment.
fn matches(pattern: &str, path: &str) -> bool {
    let (pattern, path): (Vec<&str>, Vec<&str>) =
        (pattern.split('/').collect(), path.split('/').collect());
    pattern.len() == path.len()
        && pattern
            .iter()
            .zip(&path)
            .all(|(want, have)| match want.split_once('*') {
                Some((start, end)) => {
                    have.len() >= start.len() + end.len()
                        && have.starts_with(start)
                        && have.ends_with(end)
                }
                None => want == have,
            })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINK: &str = "automation link: 127.0.0.1:54151\n";

    #[test]
    fn the_automation_link_and_the_window_system_are_no_network() {
        let trace = format!(
            "{LINK}\
4252  socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP) = 8
4252  bind(8, {{sa_family=AF_INET, sin_port=htons(54151), sin_addr=inet_addr(\"127.0.0.1\")}}, 16) = 0
4309  connect(22, {{sa_family=AF_INET, sin_port=htons(54151), sin_addr=inet_addr(\"127.0.0.1\")}}, 16 <unfinished ...>
4252  connect(4, {{sa_family=AF_UNIX, sun_path=@\"/tmp/.X11-unix/X99\"}}, 21) = 0
4252  connect(5, {{sa_family=AF_UNIX, sun_path=\"/var/run/dbus/system_bus_socket\"}}, 110) = -1 ENOENT (No such file or directory)
4252  connect(6, {{sa_family=AF_UNIX, sun_path=\"/run/user/1000/bus\"}}, 110) = 0
4273  bind(5, {{sa_family=AF_NETLINK, nl_pid=0, nl_groups=0x000440}}, 12) = 0
4252  sendmsg(9, {{msg_name=NULL, msg_namelen=0, msg_iov=[{{iov_base=\"\"..., iov_len=24}}], msg_iovlen=1, msg_controllen=0, msg_flags=0}}, MSG_NOSIGNAL) = 25
4252  <... connect resumed>) = 0
"
        );
        let report = Report::of(&trace);
        assert_eq!(report.attempts, Vec::<String>::new());
        assert_eq!(report.automation, 2);
        assert_eq!(report.calls, 8);
        assert_eq!(report.local.get("the D-Bus session bus"), Some(&1));
    }

    #[test]
    fn internet_addresses_name_lookups_and_unknown_sockets_are_attempts() {
        let calls = [
            "connect(7, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr(\"192.0.2.1\")}, 16) = 0",
            "connect(7, {sa_family=AF_INET, sin_port=htons(5173), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = -1 ECONNREFUSED (Connection refused)",
            "connect(7, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"2001:db8::1\", &sin6_addr), sin6_scope_id=0}, 28) = -1 ENETUNREACH (Network is unreachable)",
            "sendto(7, \"\"..., 40, MSG_NOSIGNAL, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr(\"192.0.2.1\")}, 16) = 40",
            "sendmsg(7, {msg_name={sa_family=AF_INET6, sin6_port=htons(5353), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"ff02::fb\", &sin6_addr), sin6_scope_id=0}, msg_namelen=28}, 0) = 30",
            "bind(7, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr(\"0.0.0.0\")}, 16) = 0",
            "connect(7, {sa_family=AF_UNIX, sun_path=\"/run/systemd/resolve/io.systemd.Resolve\"}, 110) = 0",
            "socket(AF_PACKET, SOCK_RAW, 768) = 7",
        ];
        for call in calls {
            let report = Report::of(&format!("{LINK}4252  {call}\n"));
            assert_eq!(report.attempts.len(), 1, "{call} is an attempt");
        }
        let report = Report::of(&format!(
            "automation link: \n4252  {}\n",
            "connect(14, {sa_family=AF_INET, sin_port=htons(54151), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0"
        ));
        assert_eq!(
            report.attempts.len(),
            1,
            "without an automation link, loopback is network too"
        );
    }

    #[test]
    fn patterns_stand_for_one_path_segment() {
        assert!(matches("/run/user/*/bus", "/run/user/1000/bus"));
        assert!(!matches("/run/user/*/bus", "/run/user/1000/x/bus"));
        assert!(matches("/tmp/.X11-unix/*", "/tmp/.X11-unix/X0"));
        assert!(!matches("/tmp/.X11-unix/*", "/tmp/.X11-unix/X0/y"));
        assert!(matches("/dev/log", "/dev/log"));
        assert!(!matches("/dev/log", "/dev/logger"));
        assert!(matches("@/tmp/dbus-*", "@/tmp/dbus-AbCd"));
    }
}
