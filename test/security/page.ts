/** The page's script: every element, registered under its own tag, as a host's bundle does. */
import '../../src/elements/access-request-list/define.js';
import '../../src/elements/revoke-access-dialog/define.js';
import '../../src/elements/support-access-log/define.js';
import '../../src/elements/support-access-panel/define.js';
import '../../src/elements/support-access-provider/define.js';
import '../../src/elements/support-access-settings/define.js';
import '../../src/elements/support-session-list/define.js';
import '../../src/elements/support-user-badge/define.js';
