import { registerCommands } from '@/src/extension/background/commands';
import { registerConversionService } from '@/src/extension/background/conversion';
import { registerCopyMenus } from '@/src/extension/background/copy';
import { registerSiteAccess } from '@/src/extension/background/site-access';

export default defineBackground(() => {
  registerCommands();
  registerConversionService();
  registerCopyMenus();
  registerSiteAccess();
});
