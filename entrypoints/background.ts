import { registerCommands } from '@/src/background/commands';
import { registerConversionService } from '@/src/background/conversion';
import { registerCopyMenus } from '@/src/background/copy';

export default defineBackground(() => {
  registerCommands();
  registerConversionService();
  registerCopyMenus();
});
