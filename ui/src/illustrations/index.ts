/** The illustrations a guide step can name, by ID; each draws a simplified Danish screen. */
import type { Component } from 'svelte';
import BorgerserviceDesk from './BorgerserviceDesk.svelte';
import DigitalPostInbox from './DigitalPostInbox.svelte';
import MitIdAppRequest from './MitIdAppRequest.svelte';
import MitIdLoginBox from './MitIdLoginBox.svelte';
import PhoneWarning from './PhoneWarning.svelte';

/** The Danish screen labels an illustration draws from. */
export interface IllustrationProps {
  screens: Record<string, string>;
}

export const illustrations: Record<string, Component<IllustrationProps>> = {
  'borgerservice-desk': BorgerserviceDesk,
  'digital-post-inbox': DigitalPostInbox,
  'mitid-app-request': MitIdAppRequest,
  'mitid-login-box': MitIdLoginBox,
  'phone-warning': PhoneWarning,
};
