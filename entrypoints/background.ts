import { registerCommands } from '@/src/background/commands';
import { registerConversionService } from '@/src/background/conversion';
import { registerCopyMenus } from '@/src/background/copy';
import { registerSiteAccess } from '@/src/background/site-access';

export default defineBackground(() => {
  registerCommands();
  registerConversionService();
  registerCopyMenus();
  registerSiteAccess();
});
