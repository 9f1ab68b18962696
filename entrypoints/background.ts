import { registerCommands } from '@/src/extension/background/commands';
import { registerCopyConverted } from '@/src/extension/background/conversion';
import { registerCopyMenus } from '@/src/extension/background/copy';
import { registerRequests } from '@/src/extension/background/requests';
import { registerSiteAccess } from '@/src/extension/background/site-access';

export default defineBackground(() => {
  registerRequests();
  registerCommands();
  registerCopyConverted();
  registerCopyMenus();
  registerSiteAccess();
});
