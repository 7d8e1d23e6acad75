/** The illustrations a guide step can name, by ID; each draws a simplified Danish screen. */
import type { Component } from 'svelte';
import BorgerserviceDesk from './BorgerserviceDesk.svelte';
import DigitalPostInbox from './DigitalPostInbox.svelte';
import MitIdAppPassport from './MitIdAppPassport.svelte';
import MitIdAppRequest from './MitIdAppRequest.svelte';
import MitIdLoginBox from './MitIdLoginBox.svelte';
import PhoneBlocked from './PhoneBlocked.svelte';
import PhoneWarning from './PhoneWarning.svelte';
import SpareDevices from './SpareDevices.svelte';

/** The Danish screen labels an illustration draws from. */
export interface IllustrationProps {
  screens: Record<string, string>;
}

export const illustrations: Record<string, Component<IllustrationProps>> = {
  'borgerservice-desk': BorgerserviceDesk,
  'digital-post-inbox': DigitalPostInbox,
  'mitid-app-passport': MitIdAppPassport,
  'mitid-app-request': MitIdAppRequest,
  'mitid-login-box': MitIdLoginBox,
  'phone-blocked': PhoneBlocked,
  'phone-warning': PhoneWarning,
  'spare-devices': SpareDevices,
};
